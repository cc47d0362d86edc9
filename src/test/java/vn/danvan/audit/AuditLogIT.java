package vn.danvan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;

/** The audit log is filterable by person, entity and date, and append-only. */
@DanVanIntegrationTest
class AuditLogIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    AuditService audit;
    @Autowired
    AuditQuery query;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void updatesRecordOnlyTheFieldsThatChanged() {
        audit.updated("Sample", "u-1", null, Map.of("name", "Cũ", "code", "A"), Map.of("name", "Mới", "code", "A"));
        List<AuditEntryView> entries = query.find(new AuditQuery.Filter("system", "Sample", "u-1", null, null), 0, 10);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).changes()).containsExactly(new AuditEntryView.Change("name", "Cũ", "Mới"));
        assertThat(entries.get(0).actor()).isEqualTo("system");
    }

    @Test
    void anUpdateThatChangesNothingLeavesNoEntry() {
        audit.updated("Sample", "u-2", null, Map.of("name", "A"), Map.of("name", "A"));
        assertThat(query.find(new AuditQuery.Filter(null, "Sample", "u-2", null, null), 0, 10)).isEmpty();
    }

    @Test
    void homeAffairsFiltersTheLogByPersonAndEntity() throws Exception {
        mvc.perform(get("/audit").param("actor", "system").param("entityType", "Unit")
                        .with(SignedIn.as(context, "noivu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ủy ban nhân dân huyện Phú Giáo")));
        mvc.perform(get("/audit").param("from", "nonsense").with(SignedIn.as(context, "noivu")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theLogNamesRecordsFieldsAndValuesInVietnamese() throws Exception {
        audit.updated("Petition", "names-1", null,
                Map.of("status", "RECEIVED", "published", "false", "answerDue", "2026-12-31", "note", "Giữ nguyên"),
                Map.of("status", "ACCEPTED", "published", "true", "answerDue", "2027-01-05", "note", "Đã sửa"));
        String page = mvc.perform(get("/audit").param("entityType", "Petition").param("entityId", "names-1")
                        .with(SignedIn.as(context, "noivu")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String text = page.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        assertThat(text).contains("Phản ánh, kiến nghị # names-1", "Trạng thái : Đã tiếp nhận → Đã thụ lý",
                "Công khai : Không → Có", "Hạn trả lời : 31/12/2026 → 05/01/2027", "Ghi chú : Giữ nguyên → Đã sửa");
        assertThat(text).as("stored words stay out of the text").doesNotContain("ACCEPTED", "answerDue");
        assertThat(page).as("the stored name is kept as a title").contains("title=\"answerDue\"");

        String csv = mvc.perform(get("/audit/export").param("entityType", "Petition").param("entityId", "names-1")
                        .param("format", "csv").with(SignedIn.as(context, "noivu")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(
                        java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("Phản ánh, kiến nghị", "Trạng thái", "Đã tiếp nhận", "Đã thụ lý", "31/12/2026")
                .doesNotContain("ACCEPTED");
    }

    @Test
    void aCommendationWeightIsNamedAsItsIndicator() throws Exception {
        audit.updated("CommendationRound", "names-3", null, Map.of("petition.received", "1"),
                Map.of("petition.received", "2"));
        String label = context.getBean(org.springframework.context.MessageSource.class).getMessage(
                "petition.figures.received", null, java.util.Locale.forLanguageTag("vi-VN"));
        mvc.perform(get("/audit").param("entityType", "CommendationRound").param("entityId", "names-3")
                        .with(SignedIn.as(context, "noivu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">" + label + "</strong>")));
    }

    @Test
    void aKindWithoutANameIsShownAsStored() throws Exception {
        audit.updated("Sample", "names-2", null, Map.of("colour", "RED"), Map.of("colour", "BLUE"));
        mvc.perform(get("/audit").param("entityType", "Sample").param("entityId", "names-2")
                        .with(SignedIn.as(context, "noivu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("colour")))
                .andExpect(content().string(containsString("BLUE")));
    }

    @Test
    void noWebPathChangesTheAuditLog() {
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getPackageName().startsWith("vn.danvan.audit")) {
                assertThat(info.getMethodsCondition().getMethods()).as(info.toString())
                        .isNotEmpty().allMatch(m -> m == RequestMethod.GET);
            }
        });
    }

    @Test
    void noCodeUpdatesOrDeletesAuditRows() throws IOException {
        Pattern forbidden = Pattern.compile("(?i)(update\\s+audit_|delete\\s+from\\s+audit_|truncate\\s+(table\\s+)?audit_)");
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            List<Path> offenders = files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql"))
                    .filter(p -> {
                        try {
                            return forbidden.matcher(Files.readString(p)).find();
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }).toList();
            assertThat(offenders).isEmpty();
        }
    }
}
