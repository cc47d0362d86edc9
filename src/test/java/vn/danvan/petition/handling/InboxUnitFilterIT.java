package vn.danvan.petition.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.ListPages;
import vn.danvan.SignedIn;
import vn.danvan.petition.PetitionFixture;

/** The inbox's unit filter as typed text (a province's or the country's units are too many for a list). */
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

    /**
     * The unit filter typed (as it is when a province or the country has more units than a list can hold): words
     * of a unit's name or its code, without accents, within the scope; the total is counted for those units.
     */
    @Test
    void theUnitFilterTypedFindsThePetitionsOfTheUnitsNamedInScope() throws Exception {
        fixture = PetitionFixture.of(context);
        String token = token();
        received(token, 3);
        Petition moved = fixture.after(fixture.received("Cống tắc " + token, null),
                p -> p.transfer(fixture.unitId("ALINH"), "Thuộc địa bàn xã An Linh", true));
        var chairman = ListPages.of(mvc, SignedIn.as(context, "chutich"));
        assertThat(chairman.page("/petitions?q=" + token + "&unitName=an%20binh")).contains(ListPages.range(1, 3, 3))
                .doesNotContain(moved.code());
        assertThat(chairman.page("/petitions?q=" + token + "&unitName=%C3%82N%20LINH")).contains(ListPages.range(1, 1, 1))
                .contains(moved.code());
        assertThat(chairman.page("/petitions?unitName=khong%20co%20don%20vi%20nao")).contains("Không có dòng nào (tổng 0)");
        // outside the scope the name finds nothing
        assertThat(ListPages.of(mvc, SignedIn.as(context, "anbinh.canbo"))
                .page("/petitions?q=" + token + "&unitName=an%20linh")).contains("Không có dòng nào (tổng 0)");
    }
}
