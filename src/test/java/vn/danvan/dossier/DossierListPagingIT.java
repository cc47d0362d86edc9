package vn.danvan.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.ListPages;
import vn.danvan.SignedIn;
import vn.danvan.organisation.OrganisationFixture;
import vn.danvan.organisation.Role;

/** The dossier list pages by keyset, newest first, with the total, the filters kept and the scope as before. */
@DanVanIntegrationTest
class DossierListPagingIT {

    private static final Pattern ROW = Pattern.compile("<tr id=\"dossier-([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theListPagesNewestFirstForwardAndBackWithTheTotalAndTheFilterKept() throws Exception {
        var fixture = DossierFixture.of(context);
        long unit = OrganisationFixture.of(context).unit("ABINH");
        String procedure = fixture.procedure(unit, 5);
        long procedureId = jdbc.sql("select id from dossier_procedure where code = :c").param("c", procedure)
                .query(Long.class).single();
        List<String> made = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 3, 2);
        for (int i = 0; i < 23; i++) {
            // two days, many dossiers on each: the id orders those received at the same time
            made.add(fixture.fromTheBook(procedure, unit, day.plusDays(i % 2), day.plusDays(10), DossierState.IN_PROGRESS,
                    null));
        }
        var pages = ListPages.of(mvc, SignedIn.as(context, "anbinh.canbo"));
        List<String> shown = pages.walk("/dossiers?procedureId=" + procedureId + "&size=20", ROW, 20, 23,
                "procedureId=" + procedureId, "size=20");
        assertThat(shown).containsExactlyInAnyOrderElementsOf(made);
        List<String> expected = jdbc.sql("""
                select code from dossier where procedure_id = :p order by received_at desc, id desc""")
                .param("p", procedureId).query(String.class).list();
        assertThat(shown).isEqualTo(expected);

        // a dossier code typed in the search box is found by its unique index, as typed
        String code = made.get(7);
        assertThat(pages.page("/dossiers?code=" + code)).contains(ListPages.range(1, 1, 1)).contains("dossier-" + code);

        // another unit's staff see none of them, even naming the unit; someone without dossiers gets 403
        String other = ListPages.of(mvc, SignedIn.as(context, "tnmt.truong"))
                .page("/dossiers?procedureId=" + procedureId + "&unitId=" + unit);
        assertThat(other).contains("Không có dòng nào (tổng 0)").doesNotContain(made.get(0));
        String frontMember = OrganisationFixture.of(context).staff().in(unit).role(Role.FRONT_MEMBER)
                .usernameStartingWith("mt.").create().username();
        mvc.perform(get("/dossiers").param("procedureId", String.valueOf(procedureId))
                .with(SignedIn.as(context, frontMember))).andExpect(status().isForbidden());

        mvc.perform(get("/dossiers").param("cursor", made.get(0)).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Liên kết trang không hợp lệ hoặc đã bị sửa")));
    }
}
