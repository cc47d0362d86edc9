package vn.danvan.petition.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.petition.PetitionFixture;
import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.indicator.IndicatorKind;
import vn.danvan.shared.indicator.IndicatorValue;

/** The petitioners' ratings of the answers appear as satisfaction in the figures and as an indicator. */
@DanVanIntegrationTest
class PetitionSatisfactionIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    PetitionFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = PetitionFixture.of(context);
    }

    private String intake(String title) throws Exception {
        var receipt = fixture.atTheCounter("XAY_DUNG", title, "Vỉa hè bị lấn chiếm để xây dựng.", "Trần Thị Hài Lòng",
                "0944555666");
        citizenKeys.put(receipt.code(), receipt.citizenKey());
        return receipt.code();
    }

    /** The citizen key of each petition taken in, by tracking code. */
    private final java.util.Map<String, String> citizenKeys = new java.util.HashMap<>();

    private void act(String user, long id, String action, String... params) throws Exception {
        var request = post("/petitions/{id}/{action}", id, action).with(SignedIn.as(context, user)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private void answer(String code) throws Exception {
        long id = fixture.idOf(code);
        long officer = fixture.accountId("anbinh.canbo");
        act("anbinh.canbo", id, "accept");
        act("anbinh.truong", id, "assign", "accountId", String.valueOf(officer));
        act("anbinh.canbo", id, "draft", "note", "Đã yêu cầu trả lại vỉa hè.");
        act("anbinh.truong", id, "approve", "publish", "false", "note", "Đã yêu cầu trả lại vỉa hè.");
    }

    private void rate(String code, int rating) throws Exception {
        mvc.perform(post("/portal/petitions/rate").with(csrf()).param("code", code).param("key", citizenKeys.get(code))
                        .param("rating", String.valueOf(rating)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select rating from petition where code = :c").param("c", code).query(Integer.class)
                .single()).isEqualTo(rating);
    }

    private PetitionFiguresRow anBinhToday() {
        LocalDate today = LocalDate.now(DanVanTime.ZONE);
        return context.getBean(PetitionFigures.class).forUnit(
                context.getBean(OrganisationService.class).unitByCode("ABINH").orElseThrow(), today, today);
    }

    @Test
    void theRatingsOfTheAnswersAverageIntoTheSatisfaction() throws Exception {
        PetitionFiguresRow before = anBinhToday();
        String good = intake("Hài lòng: trả lời tốt");
        answer(good);
        String fair = intake("Hài lòng: trả lời tạm được");
        answer(fair);
        intake("Hài lòng: chưa trả lời");
        rate(good, 5);
        rate(fair, 2);

        PetitionFiguresRow after = anBinhToday();
        assertThat(after.received() - before.received()).isEqualTo(3);
        assertThat(after.answered() - before.answered()).isEqualTo(2);
        assertThat(after.ratings() - before.ratings()).isEqualTo(2);
        assertThat(after.ratingSum() - before.ratingSum()).isEqualTo(7);
        assertThat(after.satisfaction()).isNotNull()
                .isEqualByComparingTo(BigDecimal.valueOf(after.ratingSum())
                        .divide(BigDecimal.valueOf(after.ratings()), 1, java.math.RoundingMode.HALF_UP));

        LocalDate today = LocalDate.now(DanVanTime.ZONE);
        PetitionIndicators indicators = context.getBean(PetitionIndicators.class);
        assertThat(indicators.definitions()).filteredOn(d -> d.code().equals(PetitionIndicators.SATISFACTION))
                .singleElement().satisfies(d -> {
                    assertThat(d.kind()).isEqualTo(IndicatorKind.RATING);
                    assertThat(d.directiveClause()).isEqualTo("1b");
                    assertThat(context.getMessage(d.labelKey(), null, java.util.Locale.forLanguageTag("vi")))
                            .isEqualTo("Mức hài lòng (1-5)");
                });
        assertThat(indicators.values(fixture.unitId("ABINH"), today, today))
                .filteredOn(v -> v.code().equals("petition.satisfaction")).singleElement()
                .extracting(IndicatorValue::value).satisfies(v -> assertThat(v).isEqualByComparingTo(
                        after.satisfaction()));

        String shown = after.satisfaction().toPlainString().replace('.', ',');
        String page = mvc.perform(get("/petitions/figures").param("from", today.toString())
                        .param("to", today.toString()).with(SignedIn.as(context, "anbinh.truong")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Mức hài lòng (1-5)", ">" + shown + "<");
        assertThat(mvc.perform(get("/portal/figures")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("Mức hài lòng (1-5)");
        String csv = mvc.perform(get("/petitions/figures/export").param("format", "csv")
                        .param("from", today.toString()).param("to", today.toString())
                        .with(SignedIn.as(context, "anbinh.truong")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Mức hài lòng (1-5)");
        assertThat(csv.lines().filter(l -> l.contains("An Bình,")).findFirst().orElseThrow())
                .endsWith("," + after.satisfaction().toPlainString());
    }

    @Test
    void aPeriodWithoutRatingsHasNoSatisfaction() {
        assertThat(context.getBean(PetitionIndicators.class)
                .values(fixture.unitId("ABINH"), LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31)))
                .filteredOn(v -> v.code().equals("petition.satisfaction")).singleElement()
                .satisfies(v -> assertThat(v.value()).isNull());
        assertThat(new PetitionFiguresRow(1L, "A", 3, 3, 3, 3, 0, 3, 13).satisfaction())
                .isEqualByComparingTo(new BigDecimal("4.3"));
        assertThat(new PetitionFiguresRow(1L, "A", 3, 3, 3, 3, 0).satisfaction()).isNull();
    }
}
