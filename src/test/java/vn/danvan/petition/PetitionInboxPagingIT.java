package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.ListPages;
import vn.danvan.SignedIn;
import vn.danvan.petition.handling.Petition;

/**
 * The petition inbox pages by keyset with the total: forward and back with the filters kept, a garbled cursor or
 * size is a 400 in Vietnamese, another unit's officer sees none of the unit's petitions, and the search finds by
 * words without accents (on H2 by like, on PostgreSQL through the trigram index) and by tracking code.
 */
@DanVanIntegrationTest
class PetitionInboxPagingIT {

    private static final Pattern ROW = Pattern.compile("href=\"/petitions/(\\d+)\">PA-");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    PetitionFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = PetitionFixture.of(context);
    }

    private static String token() {
        return "pg" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private List<Petition> received(String token, int count) {
        List<Petition> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            made.add(fixture.received("Đường giao thông hư hỏng số " + i + " " + token, null));
        }
        return made;
    }

    @Test
    void theInboxPagesForwardAndBackWithTheTotalAndTheFilterKept() throws Exception {
        String token = token();
        List<Petition> made = received(token, 45);
        var pages = ListPages.of(mvc, SignedIn.as(context, "anbinh.canbo"));

        List<String> shown = pages.walk("/petitions?q=" + token + "&status=RECEIVED&size=20", ROW, 20, 45,
                "q=" + token, "status=RECEIVED", "size=20");
        assertThat(shown).containsExactlyInAnyOrderElementsOf(made.stream().map(p -> String.valueOf(p.id())).toList());
        // soonest due first, then by id: all were received today, so in the order they were made
        assertThat(shown).isEqualTo(made.stream().map(p -> String.valueOf(p.id())).toList());

        String first = pages.page("/petitions?q=" + token);
        assertThat(first).as("50 a page by default: all on one").contains(ListPages.range(1, 45, 45));
        assertThat(ListPages.next(first)).isNull();
    }

    @Test
    void aGarbledCursorOrSizeIsABadRequestInVietnamese() throws Exception {
        String token = token();
        received(token, 3);
        var user = SignedIn.as(context, "anbinh.canbo");
        String page = ListPages.of(mvc, user).page("/petitions?q=" + token + "&size=20");
        assertThat(page).contains(ListPages.range(1, 3, 3));

        mvc.perform(get("/petitions").param("cursor", "not-a-cursor").with(user))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Liên kết trang không hợp lệ hoặc đã bị sửa")));
        String two = fixture.received("Thêm " + token, null).title();
        assertThat(two).isNotNull();
        String next = ListPages.next(ListPages.of(mvc, user).page("/petitions?q=" + token + "&size=20"));
        assertThat(next).as("4 rows fit on a page of 20").isNull();
        mvc.perform(get("/petitions").param("size", "1000").with(user))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Số dòng mỗi trang chỉ có thể là 20, 50 hoặc 100.")));
    }

    @Test
    void anotherUnitSeesNoneOfThemNotEvenByNamingTheUnit() throws Exception {
        String token = token();
        received(token, 21);
        var other = ListPages.of(mvc, SignedIn.as(context, "tnmt.truong"));
        String page = other.page("/petitions?q=" + token + "&unitId=" + fixture.unitId("ABINH"));
        assertThat(ROW.matcher(page).find()).as("no petition listed").isFalse();
        assertThat(page).contains("Không có dòng nào (tổng 0)");
        assertThat(ListPages.next(page)).isNull();
        // the district-wide Chairman sees all of them, paged
        ListPages.of(mvc, SignedIn.as(context, "chutich")).walk("/petitions?q=" + token + "&size=20", ROW, 20, 21,
                "q=" + token);
    }

    @Test
    void searchFindsWordsWithoutAccentsAndATrackingCodeAsTyped() throws Exception {
        String token = token();
        Petition one = fixture.received("Cầu Ông Bố xuống cấp " + token, null);
        fixture.received("Đèn đường hỏng " + token, null);
        var pages = ListPages.of(mvc, SignedIn.as(context, "anbinh.canbo"));

        assertThat(pages.page("/petitions?q=cau%20ong%20bo%20" + token)).contains(ListPages.range(1, 1, 1))
                .contains(one.code());
        assertThat(pages.page("/petitions?q=CAU%20%C3%94NG%20" + token)).contains(one.code());
        assertThat(pages.page("/petitions?q=" + token)).contains(ListPages.range(1, 2, 2));

        String code = one.code();
        String typed = code.toLowerCase(Locale.ROOT).replace("-", " ");
        String found = pages.page("/petitions?q=" + typed.replace(" ", "%20"));
        assertThat(found).contains(ListPages.range(1, 1, 1)).contains(code);
        assertThat(pages.page("/petitions?q=" + code)).contains(ListPages.range(1, 1, 1));
        // another unit's officer does not find it by its code either
        String other = ListPages.of(mvc, SignedIn.as(context, "tnmt.truong")).page("/petitions?q=" + code);
        assertThat(ROW.matcher(other).find()).as("no petition listed").isFalse();
        assertThat(other).contains("Không có dòng nào (tổng 0)");
    }
}
