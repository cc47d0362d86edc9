package vn.danvan.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.time.OffsetDateTime;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.organisation.OrganisationFixture;
import vn.danvan.organisation.Role;

/**
 * A commendation round of 2021 from opening to the Chairman's decision: Tam Lập and Tân Hiệp both
 * submitted their annual report, Tân Hiệp late, and nothing else tells them apart, so Tân Hiệp
 * scores exactly the weight of "report on time" less; the weights screen lists the real providers'
 * indicators; the proposal and the decision carry their register numbers; other roles get 403.
 */
@DanVanIntegrationTest
class CommendationIT {

    private static final int YEAR = 2021;

    private final MockMvc mvc;
    private final ApplicationContext context;
    private final JdbcClient jdbc;

    @Autowired
    CommendationIT(MockMvc mvc, ApplicationContext context, JdbcClient jdbc) {
        this.mvc = mvc;
        this.context = context;
        this.jdbc = jdbc;
    }

    @Test
    void everyDefaultWeightNamesAnIndicatorThatExists() {
        var known = context.getBeansOfType(vn.danvan.shared.indicator.IndicatorProvider.class).values().stream()
                .flatMap(p -> p.definitions().stream()).map(vn.danvan.shared.indicator.IndicatorDefinition::code)
                .collect(java.util.stream.Collectors.toSet());
        assertThat(known).containsAll(DefaultWeights.codes());
        assertThat(DefaultWeights.of("inspection.violationsFound")).isNegative();
        assertThat(DefaultWeights.of("model.recognised")).isPositive();
    }

    @Test
    void aRoundFromOpeningToTheDecisionWithALateReportScoringLower() throws Exception {
        long tamLap = unitId("TLAP");
        long tanHiep = unitId("THIEP");
        openReportingPeriod(tamLap, tanHiep);

        // bad input: nothing saved, the message next to the field, what was typed kept
        long before = count();
        mvc.perform(post("/commendation").with(as("noivu")).with(csrf()).param("year", String.valueOf(YEAR))
                .param("collectiveTitles", " ").param("individualTitles", "Giấy khen")
                .param("unitKinds", "COMMUNE_COMMITTEE").param("places", "3"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Nhập ít nhất một danh hiệu.")))
                .andExpect(content().string(containsString("Giấy khen")));
        assertThat(count()).isEqualTo(before);

        String location = mvc.perform(post("/commendation").with(as("noivu")).with(csrf())
                .param("year", String.valueOf(YEAR))
                .param("collectiveTitles", "Giấy khen của Chủ tịch UBND huyện\nTập thể lao động xuất sắc")
                .param("individualTitles", "Giấy khen của Chủ tịch UBND huyện")
                .param("unitKinds", "COMMUNE_COMMITTEE").param("places", "3"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        // the weights screen lists the real providers' indicators with their labels
        mvc.perform(get("/commendation/" + id + "/weights").with(as("noivu"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("reporting.reportOnTime")))
                .andExpect(content().string(containsString("petition.answeredOnTimeRate")))
                .andExpect(content().string(containsString("planning.itemsOverdue")))
                .andExpect(content().string(containsString("dialogue.commitmentsKeptOnTime")))
                .andExpect(content().string(containsString("consultation.participation")));
        assertThat(weight(id, "reporting.reportOnTime")).isEqualByComparingTo("10");
        assertThat(weight(id, "petition.overdueNow")).isEqualByComparingTo("-5");

        // a weight out of range is refused and nothing changes
        mvc.perform(post("/commendation/" + id + "/weights").with(as("noivu")).with(csrf())
                .param("version", String.valueOf(version(id))).param("weight[reporting.reportOnTime]", "500"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trọng số phải là số từ -100 đến 100.")))
                .andExpect(content().string(containsString("value=\"500\"")));
        assertThat(weight(id, "reporting.reportOnTime")).isEqualByComparingTo("10");

        // stale version: 409
        mvc.perform(post("/commendation/" + id + "/rank").with(as("noivu")).with(csrf()).param("version", "99"))
                .andExpect(status().isConflict());
        // the ranking runs as a background job; its page offers the round when it is done
        long job = RankingJobs.rank(mvc, jdbc, as("noivu"), id);
        assertThat(state(id)).isEqualTo("RANKED");
        mvc.perform(get("/jobs/" + job).with(as("noivu"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Xếp hạng đợt khen thưởng năm " + YEAR)))
                .andExpect(content().string(containsString("href=\"/commendation/" + id + "\"")))
                .andExpect(content().string(containsString(" đơn vị; bảng xếp hạng đã được lưu.")));

        BigDecimal onTimeTotal = total(id, tamLap);
        BigDecimal lateTotal = total(id, tanHiep);
        assertThat(onTimeTotal.subtract(lateTotal)).isEqualByComparingTo("10");
        assertThat(part(id, tanHiep, "raw_value")).isEqualByComparingTo("0");
        assertThat(part(id, tamLap, "points")).isEqualByComparingTo("10");
        assertThat(jdbc.sql("select count(*) from commendation_score where round_id = :r").param("r", id)
                .query(Long.class).single()).isEqualTo(jdbc.sql(
                        "select count(*) from unit where kind = 'COMMUNE_COMMITTEE' and retired_on is null")
                        .query(Long.class).single());

        // the frozen ranking does not move when the data does, until recomputed
        jdbc.sql("update unit_report set on_time = true where unit_id = :u and period_id in "
                + "(select id from reporting_period where report_year = :y)").param("u", tanHiep).param("y", YEAR).update();
        assertThat(total(id, tanHiep)).isEqualByComparingTo(lateTotal);
        jdbc.sql("update unit_report set on_time = false where unit_id = :u and period_id in "
                + "(select id from reporting_period where report_year = :y)").param("u", tanHiep).param("y", YEAR).update();

        // the round page links each unit's score parts, loaded when its row is opened
        mvc.perform(get("/commendation/" + id).with(as("noivu"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/commendation/" + id + "/parts/" + tanHiep)));
        mvc.perform(get("/commendation/" + id + "/parts/" + tanHiep).with(as("noivu")).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không áp dụng")))
                .andExpect(content().string(containsString("/reporting/reports/")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));
        mvc.perform(get("/commendation/" + id + "/parts/" + tanHiep).with(as("noivu"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Quay lại đợt khen thưởng")));
        mvc.perform(get("/commendation/" + id + "/parts/" + tanHiep).with(as("anbinh.truong")))
                .andExpect(status().isForbidden());

        shortlist(id, tamLap, null);
        shortlist(id, tanHiep, "Đơn vị có nhiều mô hình dân vận khéo");
        long person = OrganisationFixture.of(context).personOf("anbinh.canbo");
        mvc.perform(post("/commendation/" + id + "/individuals").with(as("noivu")).with(csrf())
                .param("version", String.valueOf(version(id))).param("personId", String.valueOf(person))
                .param("title", "Giấy khen của Chủ tịch UBND huyện").param("achievements", " "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Nhập thành tích của cá nhân.")));
        mvc.perform(post("/commendation/" + id + "/individuals").with(as("noivu")).with(csrf())
                .param("version", String.valueOf(version(id))).param("personId", String.valueOf(person))
                .param("title", "Giấy khen của Chủ tịch UBND huyện")
                .param("achievements", "Tiếp nhận và trả lời đúng hạn 100% phản ánh của người dân"))
                .andExpect(status().is3xxRedirection());

        // no one else sees anything
        for (String user : new String[] {"anbinh.truong", "mttq", "vhtt"}) {
            mvc.perform(get("/commendation").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/commendation/" + id).with(as(user))).andExpect(status().isForbidden())
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Tam Lập"))));
            mvc.perform(get("/commendation/" + id + "/proposal.docx").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/commendation/" + id + "/submit").with(as(user)).with(csrf())
                    .param("version", String.valueOf(version(id)))).andExpect(status().isForbidden());
        }
        // the leader cannot submit in Home Affairs' place
        mvc.perform(post("/commendation/" + id + "/submit").with(as("chutich")).with(csrf())
                .param("version", String.valueOf(version(id)))).andExpect(status().isForbidden());

        mvc.perform(post("/commendation/" + id + "/submit").with(as("noivu")).with(csrf())
                .param("version", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo("SUBMITTED");
        String proposal = docx("/commendation/" + id + "/proposal.docx", "chutich");
        String proposalNumber = number(id, "CommendationProposal");
        assertThat(proposalNumber).contains("/TTr-");
        assertThat(proposal).contains("TỜ TRÌNH", proposalNumber, unitName(tamLap), unitName(tanHiep), "Lê Thị Hoa",
                "Tiếp nhận và trả lời đúng hạn 100%", "Đơn vị có nhiều mô hình dân vận khéo");
        // signed by the head of Home Affairs, with the head's full name under the signature
        try (XWPFDocument doc = document("/commendation/" + id + "/proposal.docx", "chutich")) {
            String signature = signatureCell(doc);
            assertThat(signature).contains("TRƯỞNG PHÒNG", "Lê Văn Hải").doesNotContain("TM.", "…");
        }

        // a strike needs a reason
        long tanHiepEntry = entry(id, tanHiep);
        long tamLapEntry = entry(id, tamLap);
        long individualEntry = jdbc.sql("select id from commendation_entry where round_id = :r and kind = 'INDIVIDUAL'")
                .param("r", id).query(Long.class).single();
        mvc.perform(post("/commendation/" + id + "/decide").with(as("chutich")).with(csrf())
                .param("version", String.valueOf(version(id))).param("decision[" + tamLapEntry + "]", "APPROVED")
                .param("decision[" + tanHiepEntry + "]", "STRUCK").param("reason[" + tanHiepEntry + "]", "")
                .param("decision[" + individualEntry + "]", "APPROVED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nhập lý do khi không đồng ý một đề nghị.")));
        assertThat(state(id)).isEqualTo("SUBMITTED");
        mvc.perform(post("/commendation/" + id + "/decide").with(as("chutich")).with(csrf())
                .param("version", String.valueOf(version(id))).param("decision[" + tamLapEntry + "]", "APPROVED")
                .param("decision[" + tanHiepEntry + "]", "STRUCK").param("reason[" + tanHiepEntry + "]", "Báo cáo năm nộp trễ hạn")
                .param("decision[" + individualEntry + "]", "APPROVED"))
                .andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo("DECIDED");

        String decisionNumber = number(id, "CommendationDecision");
        assertThat(decisionNumber).contains("/QĐ-UBND");
        String decision = docx("/commendation/" + id + "/decision.docx", "noivu");
        assertThat(decision).contains("QUYẾT ĐỊNH", decisionNumber, proposalNumber, unitName(tamLap), "Lê Thị Hoa")
                .doesNotContain(unitName(tanHiep));
        mvc.perform(get("/commendation/" + id + "/decision.pdf").with(as("chutich"))).andExpect(status().isOk());
        // Decree 30/2020: authority and "QUYẾT ĐỊNH:" centred in bold, bases in italics one a line, "Điều n." bold
        try (XWPFDocument doc = document("/commendation/" + id + "/decision.docx", "chutich")) {
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            XWPFParagraph decides = paragraphs.stream().filter(p -> p.getText().equals("QUYẾT ĐỊNH:")).findFirst()
                    .orElseThrow();
            assertThat(decides.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(decides.getRuns().get(0).isBold()).isTrue();
            int at = paragraphs.indexOf(decides);
            XWPFParagraph authority = paragraphs.stream().filter(p -> p.getText().startsWith("CHỦ TỊCH ")).findFirst()
                    .orElseThrow();
            assertThat(authority.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(authority.getRuns().get(0).isBold()).isTrue();
            List<XWPFParagraph> bases = paragraphs.subList(paragraphs.indexOf(authority) + 1, at).stream()
                    .filter(p -> !p.getText().isBlank()).toList();
            assertThat(bases).hasSizeGreaterThanOrEqualTo(3);
            assertThat(bases.get(0).getText()).startsWith("Căn cứ").endsWith(";");
            assertThat(bases.get(1).getText()).startsWith("Căn cứ").endsWith(";");
            assertThat(bases.get(bases.size() - 1).getText()).contains(proposalNumber).endsWith(".");
            assertThat(bases).allSatisfy(p -> assertThat(p.getRuns()).allSatisfy(r -> assertThat(r.isItalic()).isTrue()));
            for (String article : List.of("Điều 1. ", "Điều 2. ", "Điều 3. ")) {
                XWPFParagraph p = paragraphs.stream().filter(x -> x.getText().startsWith(article)).findFirst()
                        .orElseThrow();
                assertThat(p.getRuns().get(0).text()).isEqualTo(article);
                assertThat(p.getRuns().get(0).isBold()).isTrue();
                assertThat(p.getRuns().get(1).isBold()).isFalse();
            }
            XWPFParagraph last = paragraphs.stream().filter(x -> x.getText().startsWith("Điều 3. ")).findFirst()
                    .orElseThrow();
            assertThat(last.getCTP().getPPr().isSetKeepNext()).as("Điều 3 kept with the signature").isTrue();
            assertThat(signatureCell(doc)).contains("CHỦ TỊCH", "Đoàn Văn Đông");
        }
        // the numbers are kept: a second download shows the same ones, the register holds one of each
        assertThat(docx("/commendation/" + id + "/decision.docx", "chutich")).contains(decisionNumber);
        assertThat(jdbc.sql("select count(*) from document_register where reference_type like 'Commendation%' "
                + "and reference_id = :r").param("r", id).query(Long.class).single()).isEqualTo(2L);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'CommendationRound' and entity_id = :r")
                .param("r", String.valueOf(id)).query(Long.class).single()).isGreaterThanOrEqualTo(7L);
    }

    @Test
    void wrongTypedOrOverLongInputComesBackAsTheFormInVietnameseWithNothingSaved() throws Exception {
        long rounds = count();
        // opening: a year that is not a number, a kind that does not exist; titles longer than the column
        String page = page(post("/commendation").with(as("noivu")).with(csrf()).param("year", "abc")
                .param("collectiveTitles", "Tập thể").param("individualTitles", "Giấy khen của Chủ tịch")
                .param("unitKinds", "XSS").param("places", "3"));
        assertThat(page).contains("Hãy nhập một số nguyên.", "Có giá trị đã chọn không hợp lệ.");
        assertThat(value(page, "year")).isEqualTo("abc");
        assertThat(value(page, "individualTitles")).isEqualTo("Giấy khen của Chủ tịch");
        page = page(post("/commendation").with(as("noivu")).with(csrf()).param("year", "2019")
                .param("collectiveTitles", "x".repeat(4001)).param("individualTitles", "Giấy khen của Chủ tịch")
                .param("unitKinds", "COMMUNE_COMMITTEE").param("places", "3"));
        assertThat(page).contains("Không được dài quá 4000 ký tự.");
        assertThat(value(page, "collectiveTitles")).hasSize(4001);
        assertThat(value(page, "individualTitles")).isEqualTo("Giấy khen của Chủ tịch");
        assertThat(count()).isEqualTo(rounds);

        String location = mvc.perform(post("/commendation").with(as("noivu")).with(csrf()).param("year", "2019")
                .param("collectiveTitles", "Tập thể lao động xuất sắc").param("individualTitles", "Giấy khen")
                .param("unitKinds", "COMMUNE_COMMITTEE").param("places", "2"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        // weights: a letter is refused, a decimal comma is read
        assertThat(page(post("/commendation/" + id + "/weights").with(as("noivu")).with(csrf())
                .param("version", String.valueOf(version(id))).param("weight[reporting.reportOnTime]", "abc")))
                .contains("Trọng số phải là số từ -100 đến 100.");
        assertThat(weight(id, "reporting.reportOnTime")).isEqualByComparingTo("10");
        var weights = post("/commendation/" + id + "/weights").with(as("noivu")).with(csrf())
                .param("version", String.valueOf(version(id)));
        jdbc.sql("select indicator_code, weight from commendation_weight where round_id = :r "
                + "and indicator_code <> 'reporting.reportOnTime'").param("r", id)
                .query((rs, n) -> weights.param("weight[" + rs.getString(1) + "]",
                        // as the page shows it: "1,5" (a dot groups thousands in Viet Nam)
                        rs.getBigDecimal(2).stripTrailingZeros().toPlainString().replace('.', ',')))
                .list();
        weights.param("weight[reporting.reportOnTime]", "7,5");
        mvc.perform(weights).andExpect(status().is3xxRedirection());
        assertThat(weight(id, "reporting.reportOnTime")).isEqualByComparingTo("7.5");
        assertThat(page(get("/commendation/" + id + "/weights").with(as("noivu")))).contains("value=\"7,5\"");

        // a button with a tampered version: 400
        mvc.perform(post("/commendation/" + id + "/rank").with(as("noivu")).with(csrf()).param("version", "abc"))
                .andExpect(status().isBadRequest());
        RankingJobs.rank(mvc, jdbc, as("noivu"), id);

        long entries = jdbc.sql("select count(*) from commendation_entry where round_id = :r").param("r", id)
                .query(Long.class).single();
        page = page(post("/commendation/" + id + "/collectives").with(as("noivu")).with(csrf())
                .param("version", String.valueOf(version(id))).param("unitId", "abc")
                .param("title", "Tập thể lao động xuất sắc").param("note", "Ghi chú giữ lại"));
        assertThat(page).contains("Giá trị đã chọn hoặc đã nhập không hợp lệ.");
        assertThat(value(page, "note")).isEqualTo("Ghi chú giữ lại");
        assertThat(page(post("/commendation/" + id + "/collectives").with(as("noivu")).with(csrf())
                .param("version", String.valueOf(version(id))).param("unitId", String.valueOf(unitId("TLAP")))
                .param("title", "Tập thể lao động xuất sắc").param("note", "n".repeat(2001))))
                .contains("Không được dài quá 2000 ký tự.");
        page = page(post("/commendation/" + id + "/individuals").with(as("noivu")).with(csrf())
                .param("version", String.valueOf(version(id))).param("personId", "1 OR 1=1").param("title", "Giấy khen")
                .param("achievements", "Thành tích giữ lại"));
        assertThat(page).contains("Giá trị đã chọn hoặc đã nhập không hợp lệ.");
        assertThat(value(page, "achievements")).isEqualTo("Thành tích giữ lại");
        long person = OrganisationFixture.of(context).personOf("anbinh.canbo");
        page = page(post("/commendation/" + id + "/individuals").with(as("noivu")).with(csrf())
                .param("version", String.valueOf(version(id))).param("personId", String.valueOf(person))
                .param("title", "Giấy khen").param("achievements", "Thành tích " + "a".repeat(4000)));
        assertThat(page).contains("Không được dài quá 4000 ký tự.");
        assertThat(value(page, "achievements")).startsWith("Thành tích aaaa");
        assertThat(jdbc.sql("select count(*) from commendation_entry where round_id = :r").param("r", id)
                .query(Long.class).single()).isEqualTo(entries);

        shortlist(id, unitId("TLAP"), null);
        mvc.perform(post("/commendation/" + id + "/submit").with(as("noivu")).with(csrf())
                .param("version", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
        long entry = entry(id, unitId("TLAP"));
        assertThat(page(post("/commendation/" + id + "/decide").with(as("chutich")).with(csrf())
                .param("version", String.valueOf(version(id))).param("decision[" + entry + "]", "XSS")))
                .contains("Chọn đồng ý hoặc không đồng ý cho từng đề nghị.");
        page = page(post("/commendation/" + id + "/return").with(as("chutich")).with(csrf())
                .param("version", String.valueOf(version(id))).param("reason", "Lý do " + "r".repeat(2000)));
        assertThat(page).contains("Không được dài quá 2000 ký tự.");
        assertThat(value(page, "reason")).startsWith("Lý do rrrr");
        assertThat(state(id)).isEqualTo("SUBMITTED");
        // Home Affairs may not decide, even with a form that does not convert
        mvc.perform(post("/commendation/" + id + "/decide").with(as("noivu")).with(csrf())
                .param("version", "abc")).andExpect(status().isForbidden());
    }

    /** What a field of the page holds (the page writes accented letters as HTML entities). */
    private static String value(String page, String id) {
        return org.jsoup.Jsoup.parse(page).getElementById(id).val();
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * A reporting period of the year for the units, opened by Home Affairs on the reporting screens, each
     * report written, signed off and submitted there by a new officer and head of the unit; the first on
     * time, the others late. The commendation module may not use reporting's code, so the screens it is.
     */
    private void openReportingPeriod(long... units) throws Exception {
        long template = jdbc.sql("select min(id) from reporting_template").query(Long.class).single();
        var open = post("/reporting/periods").with(as("noivu")).with(csrf()).param("year", String.valueOf(YEAR))
                .param("templateId", String.valueOf(template)).param("deadline", YEAR + "-10-15")
                .param("graceDays", "0").param("spanFrom", YEAR + "-01-01").param("spanTo", YEAR + "-12-31");
        for (long unit : units) {
            open.param("unitIds", String.valueOf(unit));
        }
        String location = mvc.perform(open).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        long period = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        for (long unit : units) {
            String staff = OrganisationFixture.of(context).staff().in(unit).role(Role.OFFICER, Role.UNIT_HEAD).create()
                    .username();
            long report = jdbc.sql("select id from unit_report where period_id = :p and unit_id = :u")
                    .param("p", period).param("u", unit).query(Long.class).single();
            reportStep(staff, report, "write", "sections[1b]", "Tổ chức 4 hội nghị đối thoại với Nhân dân.",
                    "sections[KN]", "Không có kiến nghị.", "selfRating", "GOOD");
            reportStep(staff, report, "signOff");
            reportStep(staff, report, "submit");
            // submitted today, years after the deadline; no screen back-dates a submission, so the record's
            // time is moved to the autumn of the year, before the deadline for the first unit
            boolean onTime = unit == units[0];
            jdbc.sql("update unit_report set submitted_at = :at, on_time = :onTime where id = :r")
                    .param("at", OffsetDateTime.parse(onTime ? YEAR + "-10-10T09:00:00+07:00" : YEAR + "-11-20T09:00:00+07:00"))
                    .param("onTime", onTime).param("r", report).update();
        }
    }

    private void reportStep(String user, long report, String action, String... params) throws Exception {
        long version = jdbc.sql("select version from unit_report where id = :id").param("id", report)
                .query(Long.class).single();
        var request = post("/reporting/reports/" + report + "/" + action).with(as(user)).with(csrf())
                .param("version", String.valueOf(version));
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private void shortlist(long id, long unit, String note) throws Exception {
        var request = post("/commendation/" + id + "/collectives").with(as("noivu")).with(csrf())
                .param("version", String.valueOf(version(id))).param("unitId", String.valueOf(unit))
                .param("title", "Tập thể lao động xuất sắc");
        if (note != null) {
            request.param("note", note);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private XWPFDocument document(String url, String user) throws Exception {
        byte[] bytes = mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    /** The right cell of the closing table: the signature block. */
    private static String signatureCell(XWPFDocument doc) {
        var tables = doc.getTables();
        return tables.get(tables.size() - 1).getRow(0).getCell(1).getText();
    }

    private String docx(String url, String user) throws Exception {
        byte[] bytes = mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            return text.getText();
        }
    }

    private String number(long id, String reference) {
        return jdbc.sql("select issue_number, symbol from document_register where reference_type = :t and reference_id = :r")
                .param("t", reference).param("r", id).query((rs, n) -> rs.getString(2)).single();
    }

    @org.junit.jupiter.api.Test
    void theDemoStartHasTheCurrentYearsRoundReadyToRankWithEveryIndicatorWeighted(
            @Autowired java.util.List<vn.danvan.shared.indicator.IndicatorProvider> providers,
            @Autowired java.time.Clock clock) throws Exception {
        int year = java.time.LocalDate.now(clock.withZone(vn.danvan.shared.DanVanTime.ZONE)).getYear();
        long id = jdbc.sql("select min(id) from commendation_round where round_year = :y and opened_by = 'noivu'")
                .param("y", year).query(Long.class).single();
        long indicators = providers.stream().mapToLong(p -> p.definitions().size()).sum();
        assertThat(jdbc.sql("select count(*) from commendation_weight where round_id = :r").param("r", id)
                .query(Long.class).single()).isEqualTo(indicators);
        mvc.perform(get("/commendation").with(as("noivu"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/commendation/" + id)));
        mvc.perform(get("/commendation/" + id + "/weights").with(as("noivu"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("dossier.onTimeRate")))
                .andExpect(content().string(containsString("consultation.boardFindings")));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String user) {
        return SignedIn.as(context, user);
    }

    private long unitId(String code) {
        return OrganisationFixture.of(context).unit(code);
    }

    private String unitName(long unit) {
        return jdbc.sql("select name from unit where id = :u").param("u", unit).query(String.class).single();
    }

    private long count() {
        return jdbc.sql("select count(*) from commendation_round").query(Long.class).single();
    }

    private long version(long id) {
        return jdbc.sql("select version from commendation_round where id = :id").param("id", id).query(Long.class).single();
    }

    private String state(long id) {
        return jdbc.sql("select state from commendation_round where id = :id").param("id", id).query(String.class).single();
    }

    private BigDecimal weight(long id, String code) {
        return jdbc.sql("select weight from commendation_weight where round_id = :r and indicator_code = :c")
                .param("r", id).param("c", code).query(BigDecimal.class).single();
    }

    private BigDecimal total(long id, long unit) {
        return jdbc.sql("select total from commendation_score where round_id = :r and unit_id = :u").param("r", id)
                .param("u", unit).query(BigDecimal.class).single();
    }

    private BigDecimal part(long id, long unit, String column) {
        return jdbc.sql("select " + column + " from commendation_score_part where round_id = :r and unit_id = :u "
                + "and indicator_code = 'reporting.reportOnTime'").param("r", id).param("u", unit)
                .query(BigDecimal.class).single();
    }

    private long entry(long id, long unit) {
        return jdbc.sql("select id from commendation_entry where round_id = :r and unit_id = :u and kind = 'COLLECTIVE'")
                .param("r", id).param("u", unit).query(Long.class).single();
    }
}
