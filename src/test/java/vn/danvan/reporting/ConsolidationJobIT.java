package vn.danvan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.SignedIn;
import vn.danvan.JobEnds;
import vn.danvan.jobs.LowJobThresholds;
import vn.danvan.organisation.OrganisationService;

/**
 * A consolidated report with more unit reports than the export threshold (a province's or the country's, a row per
 * unit; the threshold is 50 here) is written in the background: the link answers with the job's progress page, the
 * job ends with the file, which lists every unit, and only the person who asked may see it.
 */
@LowJobThresholds
class ConsolidationJobIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aConsolidationOfManyUnitsIsWrittenInTheBackgroundAndOfferedOnItsProgressPage() throws Exception {
        ReportingFixture fixture = new ReportingFixture(mvc, context, jdbc);
        long parent = context.getBean(OrganisationService.class).unitByCode("UBND-PG").orElseThrow().id();
        String tag = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase(java.util.Locale.ROOT);
        long[] communes = new long[LowJobThresholds.EXPORT + 5];
        for (int i = 0; i < communes.length; i++) {
            String code = "QM" + tag + "-" + (i + 1);
            mvc.perform(post("/admin/units").with(SignedIn.as(context, "admin")).with(csrf()).param("code", code)
                            .param("name", "Ủy ban nhân dân xã Quy Mô " + (i + 1)).param("kind", "COMMUNE_COMMITTEE")
                            .param("parentId", String.valueOf(parent)).param("version", "0"))
                    .andExpect(status().is3xxRedirection());
            communes[i] = jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
        }
        long period = fixture.open(2041, LocalDate.of(2041, 10, 15), 0, communes);
        mvc.perform(post("/reporting/periods/" + period + "/consolidate").with(SignedIn.as(context, "noivu"))
                .with(csrf())).andExpect(status().is3xxRedirection());

        String location = mvc.perform(get("/reporting/periods/" + period + "/consolidation.docx")
                        .with(SignedIn.as(context, "noivu")))
                .andExpect(status().isSeeOther()).andReturn().getResponse().getHeader("Location");
        assertThat(location).matches("/jobs/\\d+");
        long job = Long.parseLong(location.substring("/jobs/".length()));
        assertThat(waitForEnd(job)).isEqualTo("DONE");

        String page = mvc.perform(get(location).with(SignedIn.as(context, "noivu"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Báo cáo tổng hợp năm 2041 (DOCX)", "/jobs/" + job + "/file");
        byte[] docx = mvc.perform(get("/jobs/{id}/file", job).with(SignedIn.as(context, "noivu")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = new XWPFWordExtractor(document).getText();
            assertThat(text).contains("Số đơn vị phải báo cáo: " + communes.length,
                    "Ủy ban nhân dân xã Quy Mô 1", "Ủy ban nhân dân xã Quy Mô " + communes.length);
        }
        mvc.perform(get(location).with(SignedIn.as(context, "chutich"))).andExpect(status().isForbidden());
        mvc.perform(get("/jobs/{id}/file", job).with(SignedIn.as(context, "chutich"))).andExpect(status().isForbidden());
    }

    private String waitForEnd(long id) throws InterruptedException {
        return JobEnds.waitFor(jdbc, id, Duration.ofSeconds(90));
    }
}
