package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.organisation.ManyUnits;
import vn.danvan.organisation.UnitPicker;

/**
 * The unit of a petition taken at the counter, typed in the unit picker (more units than a list holds) and sent
 * without JavaScript: the name is resolved within the officer's scope when the form is sent, or the form comes
 * back with the field's error and what was typed; a unit outside the scope is refused as it always was.
 */
@DanVanIntegrationTest
class PetitionUnitTypedIT {

    private static final Pattern CODE = Pattern.compile("PA-[0-9A-Z]{5}-[0-9A-Z]{5}");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    PetitionFixture fixture;

    @Test
    void theUnitTypedAtTheCounterIsResolvedWhenTheFormIsSent() throws Exception {
        fixture = PetitionFixture.of(context);
        try (ManyUnits many = ManyUnits.create(context, UnitPicker.LIST_LIMIT + 1)) {
            String form = mvc.perform(get("/petitions/new").with(SignedIn.as(context, "noivu"))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(form).contains("id=\"unitId\"").contains("name=\"unitId-text\"")
                    .contains("value=\"form:VISIBLE::unitId\"").doesNotContain("<select class=\"form-select\" name=\"unitId\"");

            assertThat(unitOf(intake("noivu", "", "uy ban nhan dan xa an binh", "VISIBLE")))
                    .isEqualTo(fixture.unitId("ABINH"));
            // chosen among the suggestions: the id sent with the unit's own name is taken as it is
            long anLinh = fixture.unitId("ALINH");
            assertThat(unitOf(intake("noivu", String.valueOf(anLinh), "Ủy ban nhân dân xã An Linh", "VISIBLE")))
                    .isEqualTo(anLinh);
            // typed again after choosing: the name typed wins over the id chosen before
            assertThat(unitOf(intake("noivu", String.valueOf(anLinh), "xa an binh", "VISIBLE")))
                    .isEqualTo(fixture.unitId("ABINH"));

            String unknown = intake("noivu", "", "khong co xa nay", "VISIBLE");
            assertThat(unknown).doesNotContainPattern(CODE.pattern())
                    .contains("Không tìm thấy đơn vị “khong co xa nay”").contains("value=\"khong co xa nay\"")
                    .as("summed up at the top of the form").contains("id=\"form-errors\"");
            assertThat(intake("noivu", "", "doi thong " + many.token, "VISIBLE")).doesNotContainPattern(CODE.pattern())
                    .contains("Có nhiều đơn vị trùng tên “doi thong " + many.token + "”");
        }
        // an officer of An Bình: An Linh is not in the scope, whatever scope the page is made to claim
        assertThat(intake("anbinh.canbo", "", "xa an linh", "VISIBLE")).doesNotContainPattern(CODE.pattern())
                .contains("Không tìm thấy đơn vị “xa an linh”");
        assertThat(intake("anbinh.canbo", "", "xa an linh", "ANY")).doesNotContainPattern(CODE.pattern())
                .contains("Chỉ tiếp nhận cho đơn vị mình hoặc đơn vị trực thuộc.");
    }

    private String intake(String username, String unitId, String unitText, String scope) throws Exception {
        return mvc.perform(post("/petitions").with(SignedIn.as(context, username)).with(csrf())
                        .param("channel", "COUNTER").param("kind", "PROPOSAL")
                        .param("categoryId", String.valueOf(fixture.category("DAT_DAI")))
                        .param("unitId", unitId).param("unitId-text", unitText)
                        .param("unit-pick", "form:" + scope + "::unitId")
                        .param("title", "Đề nghị sửa đường " + UUID.randomUUID())
                        .param("content", "Đoạn đường đất bị sạt lở sau mưa lớn.")
                        .param("submissionKey", UUID.randomUUID().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private Long unitOf(String receipt) {
        Matcher code = CODE.matcher(receipt);
        assertThat(code.find()).as("a tracking code on the receipt").isTrue();
        return fixture.unitOf(code.group());
    }
}
