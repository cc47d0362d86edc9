package vn.danvan.friendly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.shared.web.AddressRateLimits;
import vn.danvan.organisation.OrganisationFixture;

/**
 * The friendly-office self-assessment through the screens: officers draft, the head submits, Home
 * Affairs reviews or returns; refusals in Vietnamese with nothing saved; scope (own unit only, others
 * 403); the criteria set; the portal survey storing no personal data, feeding the survey criterion and
 * refusing the answer over the per-address limit. Each test uses a year or unit of its own.
 */
@DanVanIntegrationTest
class FriendlyIT {

    private static final String OFFICER = "anbinh.canbo";
    private static final String HEAD = "anbinh.truong";
    private static final String HOME_AFFAIRS = "noivu";

    private final MockMvc mvc;
    private final ApplicationContext context;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final FriendlyIndicators indicators;
    private final SurveyPortalController portal;

    @Autowired
    FriendlyIT(MockMvc mvc, ApplicationContext context, JdbcClient jdbc, Clock clock, FriendlyIndicators indicators,
            SurveyPortalController portal) {
        this.mvc = mvc;
        this.context = context;
        this.jdbc = jdbc;
        this.clock = clock;
        this.indicators = indicators;
        this.portal = portal;
    }

    // ------------------------------------------------------------------ fixtures

    private long unit(String code) {
        return OrganisationFixture.of(context).unit(code);
    }

    /** The year's criteria (created by opening the assessment page as Home Affairs). */
    private List<Criterion> criteria(int year) throws Exception {
        mvc.perform(get("/friendly/units/" + unit("ABINH")).param("year", Integer.toString(year))
                .with(SignedIn.as(context, HOME_AFFAIRS))).andExpect(status().isOk());
        return jdbc.sql("""
                select id, assessment_year, name, description, max_points, sort_order, source, version
                  from friendly_criterion where assessment_year = :y order by sort_order""").param("y", year)
                .query(Criterion.class).list();
    }

    private MockHttpServletRequestBuilder scores(String user, long unitId, int year, List<Criterion> set,
            String action, long version, String... pointsAndEvidence) {
        var request = post("/friendly/units/" + unitId).with(SignedIn.as(context, user)).with(csrf())
                .param("year", Integer.toString(year)).param("action", action.toUpperCase(java.util.Locale.ROOT))
                .param("version", Long.toString(version));
        int i = 0;
        for (Criterion c : set) {
            if (!c.fromSurvey() && i + 1 < pointsAndEvidence.length) {
                request.param("points[" + c.id() + "]", pointsAndEvidence[i])
                        .param("evidence[" + c.id() + "]", pointsAndEvidence[i + 1]);
                i += 2;
            }
        }
        return request;
    }

    private Map<String, Object> assessment(long unitId, int year) {
        return jdbc.sql("select id, status, version, return_reason from friendly_assessment where unit_id = :u and assessment_year = :y")
                .param("u", unitId).param("y", year).query().singleRow();
    }

    private static final String[] FULL = {"22", "Niêm yết quy tắc ứng xử", "18,5", "Công khai thủ tục",
        "17", "Hồ sơ đúng hạn 96%", "12", "Nơi tiếp dân có ghế, nước uống"};

    /** The page's field holds the value (the page writes accented letters as HTML entities). */
    private static org.springframework.test.web.servlet.ResultMatcher field(String id, String value) {
        return result -> assertThat(org.jsoup.Jsoup.parse(result.getResponse().getContentAsString(
                java.nio.charset.StandardCharsets.UTF_8)).getElementById(id).val()).as(id).isEqualTo(value);
    }

    // ------------------------------------------------------------------ the unit's work and the review

    @Test
    void officersDraftTheHeadSubmitsAndHomeAffairsReviews() throws Exception {
        int year = 2031;
        long anBinh = unit("ABINH");
        List<Criterion> set = criteria(year);
        assertThat(set).hasSize(5);
        assertThat(set.stream().mapToInt(Criterion::maxPoints).sum()).isEqualTo(100);
        assertThat(set.stream().filter(Criterion::fromSurvey)).hasSize(1);

        mvc.perform(scores(OFFICER, anBinh, year, set, "save", -1, FULL)).andExpect(status().is3xxRedirection());
        var draft = assessment(anBinh, year);
        assertThat(draft.get("status")).isEqualTo("DRAFT");
        // an officer may not submit
        mvc.perform(scores(OFFICER, anBinh, year, set, "submit", ((Number) draft.get("version")).longValue(), FULL))
                .andExpect(status().isForbidden());
        // a stale form is refused
        mvc.perform(scores(HEAD, anBinh, year, set, "submit", 99, FULL)).andExpect(status().isConflict());
        mvc.perform(scores(HEAD, anBinh, year, set, "submit", ((Number) draft.get("version")).longValue(), FULL))
                .andExpect(status().is3xxRedirection());
        var submitted = assessment(anBinh, year);
        assertThat(submitted.get("status")).isEqualTo("SUBMITTED");
        // no more changes by the unit
        mvc.perform(scores(HEAD, anBinh, year, set, "save", ((Number) submitted.get("version")).longValue(), FULL))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("không sửa được nữa")));

        long id = ((Number) submitted.get("id")).longValue();
        long version = ((Number) submitted.get("version")).longValue();
        Criterion attitude = set.get(0);
        // a different score without a comment is refused, nothing changes
        mvc.perform(post("/friendly/assessments/" + id + "/review").with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())
                .param("version", Long.toString(version)).param("reviewedPoints[" + attitude.id() + "]", "20"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng ghi ý kiến khi điểm thẩm định khác điểm tự chấm")))
                .andExpect(content().string(containsString("value=\"20\"")));
        assertThat(assessment(anBinh, year).get("status")).isEqualTo("SUBMITTED");
        // the unit cannot review itself
        mvc.perform(post("/friendly/assessments/" + id + "/review").with(SignedIn.as(context, HEAD)).with(csrf())
                .param("version", Long.toString(version))).andExpect(status().isForbidden());
        mvc.perform(post("/friendly/assessments/" + id + "/review").with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())
                .param("version", Long.toString(version)).param("reviewedPoints[" + attitude.id() + "]", "20")
                .param("reviewComment[" + attitude.id() + "]", "Còn một phản ánh về thái độ"))
                .andExpect(status().is3xxRedirection());
        assertThat(assessment(anBinh, year).get("status")).isEqualTo("REVIEWED");

        BigDecimal surveyPoints = jdbc.sql("""
                select s.points from friendly_score s join friendly_criterion c on c.id = s.criterion_id
                 where s.assessment_id = :a and c.source = 'SURVEY'""").param("a", id).query(BigDecimal.class).single();
        BigDecimal expected = new BigDecimal("20").add(new BigDecimal("18.5")).add(new BigDecimal("17"))
                .add(new BigDecimal("12")).add(surveyPoints);
        var values = indicators.values(anBinh, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        assertThat(values.stream().filter(v -> v.code().equals(FriendlyIndicators.SCORE)).findFirst().orElseThrow()
                .value()).isEqualByComparingTo(expected);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'friendly_assessment' and entity_id = :id")
                .param("id", Long.toString(id)).query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void homeAffairsReturnsWithAReasonAndTheUnitMayEditAgain() throws Exception {
        int year = 2032;
        long anBinh = unit("ABINH");
        List<Criterion> set = criteria(year);
        mvc.perform(scores(HEAD, anBinh, year, set, "submit", -1, FULL)).andExpect(status().is3xxRedirection());
        var submitted = assessment(anBinh, year);
        long id = ((Number) submitted.get("id")).longValue();
        String version = submitted.get("version").toString();
        mvc.perform(post("/friendly/assessments/" + id + "/return").with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())
                .param("version", version).param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nêu lý do trả lại")));
        mvc.perform(post("/friendly/assessments/" + id + "/return").with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())
                .param("version", version).param("reason", "Bổ sung minh chứng tiêu chí 3"))
                .andExpect(status().is3xxRedirection());
        var returned = assessment(anBinh, year);
        assertThat(returned.get("status")).isEqualTo("RETURNED");
        assertThat(returned.get("return_reason")).isEqualTo("Bổ sung minh chứng tiêu chí 3");
        mvc.perform(get("/friendly/units/" + anBinh).param("year", "2032").with(SignedIn.as(context, OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bổ sung minh chứng tiêu chí 3")))
                .andExpect(content().string(containsString("id=\"save-scores\"")));
        mvc.perform(scores(OFFICER, anBinh, year, set, "save", ((Number) returned.get("version")).longValue(), FULL))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void badScoresAreRefusedInVietnameseWithWhatWasTypedAndNothingSaved() throws Exception {
        int year = 2034;
        long anBinh = unit("ABINH");
        List<Criterion> set = criteria(year);
        String[] tooHigh = FULL.clone();
        tooHigh[0] = "30";
        mvc.perform(scores(OFFICER, anBinh, year, set, "save", -1, tooHigh))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Điểm phải từ 0 đến 25 (điểm tối đa của tiêu chí).")))
                .andExpect(content().string(containsString("value=\"30\"")))
                .andExpect(field("evidence_" + set.get(2).id(), "Hồ sơ đúng hạn 96%"));
        String[] noEvidence = FULL.clone();
        noEvidence[3] = "";
        mvc.perform(scores(OFFICER, anBinh, year, set, "save", -1, noEvidence))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nêu minh chứng cho điểm đã chấm.")));
        // the head submitting with a criterion unscored
        mvc.perform(scores(HEAD, anBinh, year, set, "submit", -1, "20", "Có minh chứng"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập điểm tự chấm cho tiêu chí này.")));
        assertThat(jdbc.sql("select count(*) from friendly_assessment where unit_id = :u and assessment_year = :y")
                .param("u", anBinh).param("y", year).query(Long.class).single()).isZero();
    }

    @Test
    void wrongTypedOrOverLongInputComesBackAsTheFormWithNothingSaved() throws Exception {
        // a year whose set is the defaults (a new year copies the latest earlier one, changed by another test)
        int year = 2033;
        long anBinh = unit("ABINH");
        List<Criterion> set = criteria(year);
        String[] words = FULL.clone();
        words[0] = "hai mươi";
        // (Spring keeps what was typed only for a form's top-level fields once a value does not convert: the
        // scores and evidence, kept by criterion, come back empty then)
        mvc.perform(scores(OFFICER, anBinh, year, set, "save", -1, words))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Điểm phải là một số, ví dụ 18 hoặc 18,5.")));
        String[] longEvidence = FULL.clone();
        longEvidence[1] = "Minh chứng " + "m".repeat(4000);
        mvc.perform(scores(OFFICER, anBinh, year, set, "save", -1, longEvidence))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Minh chứng dài tối đa 4000 ký tự.")))
                .andExpect(field("evidence_" + set.get(0).id(), longEvidence[1]))
                .andExpect(field("points_" + set.get(1).id(), "18,5"));
        // what nobody types (the button, the year in the address) tampered with: 400
        mvc.perform(scores(OFFICER, anBinh, year, set, "xss", -1, FULL)).andExpect(status().isBadRequest());
        mvc.perform(post("/friendly/units/" + anBinh).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("year", "abc").param("action", "SAVE").param("version", "-1")).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from friendly_assessment where unit_id = :u and assessment_year = :y")
                .param("u", anBinh).param("y", year).query(Long.class).single()).isZero();

        mvc.perform(scores(HEAD, anBinh, year, set, "submit", -1, FULL)).andExpect(status().is3xxRedirection());
        var submitted = assessment(anBinh, year);
        long id = ((Number) submitted.get("id")).longValue();
        String version = submitted.get("version").toString();
        Criterion attitude = set.get(0);
        mvc.perform(post("/friendly/assessments/" + id + "/review").with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())
                .param("version", version).param("reviewedPoints[" + attitude.id() + "]", "abc")
                .param("reviewComment[" + attitude.id() + "]", "Ý kiến giữ lại"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Điểm phải là một số, ví dụ 18 hoặc 18,5.")));
        mvc.perform(post("/friendly/assessments/" + id + "/review").with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())
                .param("version", version).param("reviewedPoints[" + attitude.id() + "]", "20")
                .param("reviewComment[" + attitude.id() + "]", "y".repeat(2001)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nội dung dài tối đa 2000 ký tự.")));
        mvc.perform(post("/friendly/assessments/" + id + "/return").with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())
                .param("version", version).param("reason", "Lý do " + "r".repeat(2000)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nội dung dài tối đa 2000 ký tự.")))
                .andExpect(field("reason", "Lý do " + "r".repeat(2000)));
        mvc.perform(post("/friendly/assessments/" + id + "/return").with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())
                .param("version", "abc").param("reason", "Lý do")).andExpect(status().isBadRequest());
        assertThat(assessment(anBinh, year).get("status")).isEqualTo("SUBMITTED");
        assertThat(assessment(anBinh, year).get("version").toString()).isEqualTo(version);

        // the criteria: a maximum that is no number, a name over the column, a version or year tampered with
        long criteria = jdbc.sql("select count(*) from friendly_criterion where assessment_year = :y").param("y", year)
                .query(Long.class).single();
        mvc.perform(post("/friendly/criteria").with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())
                .param("year", Integer.toString(year)).param("name", "Tiêu chí giữ lại").param("maxPoints", "mười")
                .param("sortOrder", "6"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy nhập một số nguyên.")))
                .andExpect(field("new-maxPoints", "mười"))
                .andExpect(field("new-name", "Tiêu chí giữ lại"));
        mvc.perform(post("/friendly/criteria").with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())
                .param("year", Integer.toString(year)).param("name", "t".repeat(301)).param("maxPoints", "5")
                .param("sortOrder", "6"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tên tiêu chí dài tối đa 300 ký tự.")));
        Criterion first = set.get(0);
        mvc.perform(post("/friendly/criteria/" + first.id()).with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())
                .param("name", first.name()).param("maxPoints", "abc").param("sortOrder", "1")
                .param("version", Long.toString(first.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy nhập một số nguyên.")))
                .andExpect(field("maxPoints-" + first.id(), "abc"))
                .andExpect(field("maxPoints-" + set.get(1).id(), Integer.toString(set.get(1).maxPoints())));
        mvc.perform(post("/friendly/criteria/" + first.id()).with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())
                .param("name", first.name()).param("maxPoints", "20").param("sortOrder", "1").param("version", "abc"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/friendly/criteria/close").with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())
                .param("year", "abc")).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from friendly_criterion where assessment_year = :y").param("y", year)
                .query(Long.class).single()).isEqualTo(criteria);
        assertThat(criteria(year).get(0).maxPoints()).isEqualTo(first.maxPoints());

        // the survey: a unit and a rating that are no numbers
        long answers = jdbc.sql("select count(*) from friendly_survey_answer").query(Long.class).single();
        mvc.perform(answer("10.47.0.1", null, "XSS", "4", "5", "3", "5").param("unitId", "abc")
                .param("comment", "Góp ý giữ lại"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Giá trị đã chọn hoặc đã nhập không hợp lệ.")))
                .andExpect(content().string(containsString("Hãy nhập một số nguyên.")))
                .andExpect(field("comment", "Góp ý giữ lại"));
        assertThat(jdbc.sql("select count(*) from friendly_survey_answer").query(Long.class).single()).isEqualTo(answers);
    }

    private BigDecimal submittedIndicator(String code, int year) {
        return indicators.values(unit(code), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .filter(v -> v.code().equals(FriendlyIndicators.SUBMITTED)).findFirst().orElseThrow().value();
    }

    @Test
    void theSubmissionIsDueByFifteenOctoberAndOnlyForUnitsThatAssessThemselves() throws Exception {
        int past = LocalDate.now(clock).getYear() - 1;
        List<Criterion> set = criteria(past);
        mvc.perform(scores(HEAD, unit("ABINH"), past, set, "submit", -1, FULL)).andExpect(status().is3xxRedirection());
        assertThat(submittedIndicator("ABINH", past)).isEqualByComparingTo("1");
        assertThat(submittedIndicator("TNMT", past)).isEqualByComparingTo("0");
        assertThat(submittedIndicator("MTTQ", past)).isNull();
        // not due yet
        assertThat(submittedIndicator("TNMT", 2040)).isNull();
    }

    // ------------------------------------------------------------------ scope

    @Test
    void staffSeeOnlyTheirOwnUnitAndOthersAreRefused() throws Exception {
        long anBinh = unit("ABINH");
        long tnmt = unit("TNMT");
        mvc.perform(get("/friendly").with(SignedIn.as(context, OFFICER)))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/friendly/units/" + anBinh)));
        mvc.perform(get("/friendly/units/" + anBinh).with(SignedIn.as(context, OFFICER))).andExpect(status().isOk());
        mvc.perform(get("/friendly/units/" + anBinh + "/survey").with(SignedIn.as(context, OFFICER)))
                .andExpect(status().isOk());
        mvc.perform(get("/friendly/units/" + tnmt).with(SignedIn.as(context, OFFICER))).andExpect(status().isForbidden());
        mvc.perform(get("/friendly/units/" + anBinh).with(SignedIn.as(context, "tnmt.truong")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("Ủy ban nhân dân xã An Bình"))));
        mvc.perform(get("/friendly/units/" + anBinh + "/survey").with(SignedIn.as(context, "tnmt.truong")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/friendly/units/" + anBinh).with(SignedIn.as(context, "tnmt.truong")).with(csrf())
                .param("year", "2035")).andExpect(status().isForbidden());
        mvc.perform(get("/friendly").with(SignedIn.as(context, "mttq"))).andExpect(status().isForbidden());
        mvc.perform(get("/friendly/units/" + anBinh).with(SignedIn.as(context, "mttq"))).andExpect(status().isForbidden());
        mvc.perform(get("/friendly/export").with(SignedIn.as(context, "mttq"))).andExpect(status().isForbidden());
        // Home Affairs and the Chairman see every unit, with the export
        mvc.perform(get("/friendly").with(SignedIn.as(context, HOME_AFFAIRS))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ủy ban nhân dân xã An Bình")))
                .andExpect(content().string(containsString("Phòng Tài nguyên và Môi trường")));
        mvc.perform(get("/friendly/units/" + anBinh).with(SignedIn.as(context, "chutich"))).andExpect(status().isOk());
        mvc.perform(get("/friendly/export").param("format", "xlsx").with(SignedIn.as(context, "chutich")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
    }

    // ------------------------------------------------------------------ criteria

    @Test
    void homeAffairsKeepsTheCriteriaUntilTheYearIsClosed() throws Exception {
        int year = 2036;
        List<Criterion> set = criteria(year);
        Criterion first = set.get(0);
        mvc.perform(post("/friendly/criteria").with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("year", "2036").param("name", "Tiêu chí của xã").param("maxPoints", "5").param("sortOrder", "6"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/friendly/criteria").with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())
                .param("year", "2036").param("name", "Ứng dụng công nghệ thông tin").param("maxPoints", "0")
                .param("sortOrder", "6"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập số nguyên từ 1 đến 100.")))
                .andExpect(field("new-name", "Ứng dụng công nghệ thông tin"));
        mvc.perform(post("/friendly/criteria").with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())
                .param("year", "2036").param("name", "Ứng dụng công nghệ thông tin").param("maxPoints", "5")
                .param("sortOrder", "6")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/friendly/criteria/" + first.id()).with(SignedIn.as(context, "admin")).with(csrf())
                .param("name", first.name()).param("maxPoints", "20").param("sortOrder", "1")
                .param("version", Long.toString(first.version()))).andExpect(status().is3xxRedirection());
        assertThat(criteria(year)).hasSize(6).first().extracting(Criterion::maxPoints).isEqualTo(20);
        mvc.perform(post("/friendly/criteria/close").with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())
                .param("year", "2036")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/friendly/criteria/" + first.id()).with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())
                .param("name", first.name()).param("maxPoints", "25").param("sortOrder", "1")
                .param("version", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Bộ tiêu chí của năm này đã khóa")));
        // the next year starts from this year's set
        assertThat(criteria(2037)).hasSize(6);
    }

    // ------------------------------------------------------------------ the survey

    private MockHttpServletRequestBuilder answer(String address, Long unitId, String... ratings) {
        var request = post("/portal/survey").with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
        if (unitId != null) {
            request.param("unitId", unitId.toString());
        }
        for (int i = 0; i < ratings.length; i++) {
            request.param(FriendlySurvey.QUESTIONS.get(i), ratings[i]);
        }
        return request;
    }

    @Test
    void aSurveyAnswerKeepsNoPersonalDataAndFeedsTheSurveyCriterion() throws Exception {
        long tamLap = unit("TLAP");
        int year = LocalDate.now(clock).getYear();
        mvc.perform(get("/portal/survey")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ủy ban nhân dân xã Tam Lập")))
                .andExpect(content().string(not(containsString("Ủy ban Mặt trận Tổ quốc"))));
        mvc.perform(answer("10.44.0.1", tamLap, "5", "4", "5", "3", "5").param("comment", "Cán bộ niềm nở"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/portal/survey/thanks"));
        mvc.perform(answer("10.44.0.2", tamLap, "3", "2", "4", "3", "3")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/portal/survey/thanks")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Phiếu khảo sát đã được ghi nhận")));

        // nothing in the row says who or from where
        List<String> columns = jdbc.sql("""
                select lower(column_name) from information_schema.columns
                 where lower(table_name) = 'friendly_survey_answer' and lower(table_schema) = lower(current_schema)
                 order by 1""").query(String.class).list();
        assertThat(columns).containsExactlyInAnyOrder("id", "unit_id", "answer_year", "answered_at", "attitude", "waiting",
                "guidance", "facilities", "overall", "comment", "demo");
        assertThat(jdbc.sql("select count(*) from friendly_survey_answer where unit_id = :u and comment = 'Cán bộ niềm nở'")
                .param("u", tamLap).query(Long.class).single()).isOne();

        // bad answers: nothing saved, a Vietnamese message, what was typed kept
        long before = jdbc.sql("select count(*) from friendly_survey_answer").query(Long.class).single();
        mvc.perform(answer("10.44.0.3", tamLap, "5", "4", "6", "3", "5").param("comment", "Giữ lại"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng chọn mức đánh giá từ 1 đến 5 cho mọi câu hỏi.")))
                .andExpect(content().string(containsString("Giữ lại")));
        mvc.perform(answer("10.44.0.3", null, "5", "4", "5", "3", "5")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng chọn cơ quan, đơn vị đã phục vụ ông/bà.")));
        mvc.perform(answer("10.44.0.3", unit("MTTQ"), "5", "4", "5", "3", "5")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng chọn cơ quan, đơn vị đã phục vụ ông/bà.")));
        mvc.perform(answer("10.44.0.3", tamLap, "5", "4", "5", "3", "5").param("comment", "x".repeat(1001)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Góp ý dài tối đa 1000 ký tự.")));
        assertThat(jdbc.sql("select count(*) from friendly_survey_answer").query(Long.class).single()).isEqualTo(before);

        // the survey criterion: max × (average − 1) / 4, with the averages of the two answers
        // (attitude 4, waiting 3, guidance 4.5, facilities 3, overall 4: mean 3.70)
        Criterion survey = criteria(year).stream().filter(Criterion::fromSurvey).findFirst().orElseThrow();
        BigDecimal points = ScoreRules.surveyPoints(survey.maxPoints(), new BigDecimal("3.70"));
        String shown = points.toPlainString().replace('.', ',');
        mvc.perform(get("/friendly/units/" + tamLap).param("year", Integer.toString(year))
                .with(SignedIn.as(context, HOME_AFFAIRS)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"computed-" + survey.id() + "\">" + shown + "<")))
                .andExpect(content().string(containsString("Tính tự động từ 2 phiếu khảo sát")));
        mvc.perform(get("/friendly/units/" + tamLap + "/survey").param("year", Integer.toString(year))
                .with(SignedIn.as(context, HOME_AFFAIRS)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số phiếu: 2")))
                .andExpect(content().string(containsString("Cán bộ niềm nở")));
        var values = indicators.values(tamLap, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        assertThat(values.stream().filter(v -> v.code().equals(FriendlyIndicators.SATISFACTION)).findFirst()
                .orElseThrow().value()).isEqualByComparingTo("75");
        assertThat(values.stream().filter(v -> v.code().equals(FriendlyIndicators.SCORE)).findFirst()
                .orElseThrow().value()).isNull();
    }

    @Test
    void theAnswerOverTheLimitFromOneAddressIsRefusedInVietnamese() throws Exception {
        Object configured = ReflectionTestUtils.getField(portal, "answers");
        ReflectionTestUtils.setField(portal, "answers", AddressRateLimits.inMemory().of("survey.answer", 3, Duration.ofHours(1)));
        try {
            long anLong = unit("ALONG");
            String address = "10.55.0." + (int) (Math.random() * 200 + 1);
            for (int i = 0; i < 3; i++) {
                mvc.perform(answer(address, anLong, "4", "4", "4", "4", "4")).andExpect(status().is3xxRedirection());
            }
            long before = jdbc.sql("select count(*) from friendly_survey_answer where unit_id = :u")
                    .param("u", anLong).query(Long.class).single();
            mvc.perform(answer(address, anLong, "4", "4", "4", "4", "4").param("comment", "Phiếu thứ tư"))
                    .andExpect(status().isTooManyRequests())
                    .andExpect(content().string(containsString("Ông/bà đã gửi 3 phiếu khảo sát trong một giờ qua")))
                    .andExpect(content().string(containsString("Phiếu thứ tư")));
            assertThat(jdbc.sql("select count(*) from friendly_survey_answer where unit_id = :u")
                    .param("u", anLong).query(Long.class).single()).isEqualTo(before);
            mvc.perform(answer("10.56.0.1", anLong, "4", "4", "4", "4", "4")).andExpect(status().is3xxRedirection());
        } finally {
            ReflectionTestUtils.setField(portal, "answers", configured);
        }
    }
}
