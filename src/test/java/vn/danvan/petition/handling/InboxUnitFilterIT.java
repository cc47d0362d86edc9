package vn.danvan.petition.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.ListPages;
import vn.danvan.SignedIn;
import vn.danvan.organisation.ManyUnits;
import vn.danvan.organisation.UnitPicker;
import vn.danvan.petition.PetitionFixture;

/**
 * The inbox's unit filter typed, as the unit picker draws it when a province's or the country's units are too
 * many for a list, and sent without JavaScript: the name typed (words of a unit's name or its code, without
 * accents) is resolved within the scope to one unit, whose petitions the list shows.
 */
@DanVanIntegrationTest
class InboxUnitFilterIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    PetitionFixture fixture;

    private static String token() {
        return "uf" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private void received(String token, int count) {
        for (int i = 0; i < count; i++) {
            fixture.received("Đường giao thông hư hỏng số " + i + " " + token, null);
        }
    }

    /** The inbox filtered by a unit name typed in the picker's text box and sent as it is. */
    private static String typed(String token, String unitName, String scope) {
        return "/petitions?q=" + token + "&unitId=&unitId-text=" + encoded(unitName) + "&unit-pick="
                + encoded("filter:" + scope + "::unitId");
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void theUnitFilterTypedFindsThePetitionsOfTheUnitNamedInScope() throws Exception {
        fixture = PetitionFixture.of(context);
        String token = token();
        received(token, 3);
        Petition moved = fixture.after(fixture.received("Cống tắc " + token, null),
                p -> p.transfer(fixture.unitId("ALINH"), "Thuộc địa bàn xã An Linh", true));
        var chairman = ListPages.of(mvc, SignedIn.as(context, "chutich"));
        try (ManyUnits many = ManyUnits.create(context, UnitPicker.LIST_LIMIT + 1)) {
            assertThat(chairman.page("/petitions?q=" + token)).as("the country's units are typed, not listed")
                    .contains("dv-unit-picker").doesNotContain(many.communeName(1));

            // "an binh" alone may mean a hamlet "Ấp Bình Thắng" as well, if a test made one: "xa" tells the commune
            String anBinh = chairman.page(typed(token, "xa an binh", "VISIBLE"));
            assertThat(anBinh).contains(ListPages.range(1, 3, 3)).doesNotContain(moved.code())
                    .as("the unit found is shown by its name").contains("value=\"Ủy ban nhân dân xã An Bình\"")
                    .contains("value=\"" + fixture.unitId("ABINH") + "\"");
            assertThat(chairman.page(typed(token, "ÂN LINH", "VISIBLE"))).contains(ListPages.range(1, 1, 1))
                    .contains(moved.code());
            assertThat(chairman.page(typed(token, many.communeCode(5), "VISIBLE"))).as("a code typed")
                    .contains("value=\"" + many.communeName(5) + "\"").contains("Không có dòng nào (tổng 0)");

            // a name that means no unit, or several, is said so beside the field, with what was typed
            assertThat(chairman.page(typed(token, "khong co don vi nao", "VISIBLE")))
                    .contains("Không tìm thấy đơn vị “khong co don vi nao”")
                    .contains("value=\"khong co don vi nao\"");
            assertThat(chairman.page(typed(token, "doi thong " + many.token, "VISIBLE")))
                    .contains("Có nhiều đơn vị trùng tên “doi thong " + many.token + "” (")
                    .contains(many.communeName(1) + " (" + many.committeeName() + ")");
        }
        // outside the scope the name finds no unit, even when the page is made to ask every unit
        var officer = ListPages.of(mvc, SignedIn.as(context, "anbinh.canbo"));
        assertThat(officer.page(typed(token, "xa an linh", "VISIBLE"))).contains(ListPages.range(1, 3, 3))
                .doesNotContain(moved.code());
        assertThat(officer.page(typed(token, "xa an linh", "ANY"))).contains("Không có dòng nào (tổng 0)");
    }
}
