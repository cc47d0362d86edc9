package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.ListPages;
import vn.danvan.SignedIn;

/** The administrators' lists of people and of accounts page by keyset with the total and the filters kept. */
@DanVanIntegrationTest
class PeopleAndAccountsPagingIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    private static String token() {
        return "pg" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).replaceAll("[0-9]", "x");
    }

    @Test
    void peoplePageByNameForwardAndBackWithTheTotalAndTheFiltersKept() throws Exception {
        var fixture = OrganisationFixture.of(context);
        String token = token();
        long unit = fixture.unit("ABINH");
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            made.add(String.valueOf(fixture.person("Nguyễn Thị Thử " + token + " " + (char) ('a' + i),
                    "Công chức", unit)));
        }
        // in another unit: the unit filter leaves it out
        fixture.person("Nguyễn Thị Thử " + token + " khác", "Công chức", fixture.unit("ALINH"));

        var pages = ListPages.of(mvc, SignedIn.as(context, "admin"));
        List<String> shown = pages.walk("/admin/people?q=nguyen%20thi%20thu%20" + token + "&unitId=" + unit + "&size=20",
                Pattern.compile("href=\"/admin/people/(\\d+)/edit\""), 20, 23, "q=nguyen%20thi%20thu%20" + token,
                "unitId=" + unit, "size=20");
        assertThat(shown).as("by name: a, b, c, ...").isEqualTo(made);
        assertThat(pages.page("/admin/people?q=" + token)).contains(ListPages.range(1, 24, 24));

        mvc.perform(get("/admin/people").with(SignedIn.as(context, "anbinh.truong"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/people").param("cursor", "AAAA").with(SignedIn.as(context, "admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Liên kết trang không hợp lệ hoặc đã bị sửa")));
    }

    @Test
    void accountsPageByUsernameForwardAndBackWithTheTotalAndTheFiltersKept() throws Exception {
        var fixture = OrganisationFixture.of(context);
        String token = token();
        long unit = fixture.unit("ABINH");
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            made.add(fixture.staff().in(unit).usernameStartingWith(token + (char) ('a' + i)).create().username());
        }
        var pages = ListPages.of(mvc, SignedIn.as(context, "admin"));
        List<String> shown = pages.walk("/admin/accounts?q=" + token + "&unitId=" + unit + "&size=20",
                Pattern.compile("href=\"/admin/accounts/\\d+\">([^<]+)</a>"), 20, 21, "q=" + token, "unitId=" + unit);
        assertThat(shown).as("by username").isEqualTo(made);
        assertThat(pages.page("/admin/accounts?q=" + token + "&unitId=" + fixture.unit("ALINH")))
                .contains("Không có dòng nào (tổng 0)");

        mvc.perform(get("/admin/accounts").with(SignedIn.as(context, "noivu"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/accounts").param("size", "7").with(SignedIn.as(context, "admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Số dòng mỗi trang chỉ có thể là 20, 50 hoặc 100.")));
    }
}
