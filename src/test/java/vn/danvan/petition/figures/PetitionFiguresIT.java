package vn.danvan.petition.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
import vn.danvan.shared.indicator.IndicatorValue;
import vn.danvan.shared.web.TableExport;

/** Petition figures per unit count the petitions a unit handled, on the staff screen, the portal and as indicators. */
@DanVanIntegrationTest
class PetitionFiguresIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    // Beans of the application come from the context: Modulith's rules refuse their field injection.
    private PetitionFigures figures() {
        return context.getBean(PetitionFigures.class);
    }

    private PetitionIndicators indicators() {
        return context.getBean(PetitionIndicators.class);
    }

    PetitionFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = PetitionFixture.of(context);
    }

    private long intake(String title) throws Exception {
        return fixture.atTheCounter("XAY_DUNG", title, "Công trình xây dựng lấn hành lang đường.", "Võ Văn Số Liệu",
                "0933444555").id();
    }

    private void act(String user, long id, String action, String... params) throws Exception {
        var request = post("/petitions/{id}/{action}", id, action).with(SignedIn.as(context, user)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private void answer(long id) throws Exception {
        long officer = fixture.accountId("anbinh.canbo");
        act("anbinh.canbo", id, "accept");
        act("anbinh.truong", id, "assign", "accountId", String.valueOf(officer));
        act("anbinh.canbo", id, "draft", "note", "Đã kiểm tra công trình.");
        act("anbinh.truong", id, "approve", "publish", "true", "note", "Đã kiểm tra công trình.");
    }

    private void dueYesterday(long id) {
        jdbc.sql("update petition set answer_due = :d where id = :id")
                .param("d", LocalDate.now(DanVanTime.ZONE).minusDays(1)).param("id", id).update();
    }

    private PetitionFiguresRow anBinhToday() {
        LocalDate today = LocalDate.now(DanVanTime.ZONE);
        return figures().forUnit(context.getBean(OrganisationService.class).unitByCode("ABINH").orElseThrow(), today,
                today);
    }

    @Test
    void theFiguresCountReceivedAnsweredOnTimeAndOverdue() throws Exception {
        PetitionFiguresRow before = anBinhToday();

        long onTime = intake("Số liệu: trả lời đúng hạn");
        answer(onTime);
        long late = intake("Số liệu: trả lời trễ hạn");
        dueYesterday(late);
        answer(late);
        long overdue = intake("Số liệu: đang quá hạn");
        dueYesterday(overdue);
        intake("Số liệu: mới tiếp nhận");

        PetitionFiguresRow after = anBinhToday();
        assertThat(after.received() - before.received()).isEqualTo(4);
        assertThat(after.answered() - before.answered()).isEqualTo(2);
        assertThat(after.answeredOnTime() - before.answeredOnTime()).isEqualTo(1);
        assertThat(after.workingDaysToAnswer() - before.workingDaysToAnswer()).isZero();
        assertThat(after.overdueNow() - before.overdueNow()).isEqualTo(1);

        LocalDate today = LocalDate.now(DanVanTime.ZONE);
        Map<String, BigDecimal> values = indicators().values(fixture.unitId("ABINH"), today, today).stream()
                .collect(Collectors.toMap(IndicatorValue::code, v -> v.value() == null ? BigDecimal.ONE.negate()
                        : v.value()));
        assertThat(values.get("petition.received")).isEqualByComparingTo(BigDecimal.valueOf(after.received()));
        assertThat(values.get("petition.answered")).isEqualByComparingTo(BigDecimal.valueOf(after.answered()));
        assertThat(values.get("petition.answeredOnTimeRate")).isEqualByComparingTo(after.onTimeRate());
        assertThat(values.get("petition.averageWorkingDaysToAnswer"))
                .isEqualByComparingTo(after.averageWorkingDaysToAnswer());
        assertThat(values.get("petition.overdueNow")).isEqualByComparingTo(BigDecimal.valueOf(after.overdueNow()));

        String page = mvc.perform(get("/petitions/figures").param("from", today.toString())
                        .param("to", today.toString()).with(SignedIn.as(context, "anbinh.truong")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).as("Vietnamese number format").contains(
                ">" + after.onTimeRate().toPlainString().replace('.', ',') + "%<",
                ">" + after.averageWorkingDaysToAnswer().toPlainString().replace('.', ',') + "<");

        // Leave no overdue petition behind for other tests.
        act("anbinh.canbo", overdue, "refuse", "note", "Không thuộc thẩm quyền");
        assertThat(anBinhToday().overdueNow()).isEqualTo(before.overdueNow());
    }

    @Test
    void theProviderDefinesItsIndicatorsWithClausesAndLinks() {
        assertThat(indicators().definitions()).extracting(d -> d.code()).containsExactly("petition.received",
                "petition.answered", "petition.answeredOnTimeRate", "petition.averageWorkingDaysToAnswer",
                "petition.overdueNow", "petition.satisfaction");
        assertThat(indicators().definitions()).allSatisfy(d -> {
            assertThat(d.directiveClause()).isIn("1b", "1d");
            assertThat(context.getMessage(d.labelKey(), null, java.util.Locale.forLanguageTag("vi"))).isNotBlank();
        });
        List<IndicatorValue> values = indicators().values(fixture.unitId("ABINH"), LocalDate.of(2018, 1, 1),
                LocalDate.of(2018, 12, 31));
        assertThat(values).allSatisfy(v -> assertThat(v.link()).startsWith("/petitions"));
        assertThat(values).filteredOn(v -> v.code().equals("petition.answeredOnTimeRate"))
                .singleElement().satisfies(v -> assertThat(v.value()).isNull());
    }

    @Test
    void theStaffScreenOfAnAnBinhOfficerListsOnlyUnitsInScope() throws Exception {
        String page = mvc.perform(get("/petitions/figures").with(SignedIn.as(context, "anbinh.truong")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-unit=\"" + fixture.unitId("ABINH") + "\"", "Tổng cộng",
                        "placeholder=\"dd/mm/yyyy\"", "value=\"01/01/" + LocalDate.now(DanVanTime.ZONE).getYear() + "\"")
                .doesNotContain("data-unit=\"" + fixture.unitId("ALINH") + "\"")
                .doesNotContain("data-unit=\"" + fixture.unitId("TNMT") + "\"");
        assertThat(Pattern.compile("data-unit=").matcher(page).results().count()).isEqualTo(1);
    }

    @Test
    void theExportHoldsTheSameTable() throws Exception {
        intake("Số liệu: xuất bảng");
        LocalDate today = LocalDate.now(DanVanTime.ZONE);
        PetitionFiguresRow row = anBinhToday();
        String csv = mvc.perform(get("/petitions/figures/export").param("format", "csv")
                        .param("from", today.toString()).param("to", today.toString())
                        .with(SignedIn.as(context, "anbinh.truong")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(
                        java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("Đơn vị", "Đã tiếp nhận", "Tổng cộng")
                .contains("An Bình," + row.received() + "," + row.answered() + "," + row.answeredOnTime())
                .doesNotContain("An Linh");
        mvc.perform(get("/petitions/figures/export").param("format", "xlsx").with(SignedIn.as(context, "anbinh.truong")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentType(TableExport.XLSX));
    }

    @Test
    void thePortalShowsTheUnitsFiguresWithoutPersonalData() throws Exception {
        intake("Số liệu: cổng thông tin");
        context.getBean(PetitionFiguresSummary.class).refresh();
        String page = mvc.perform(get("/portal/figures").param("unit", String.valueOf(fixture.unitId("UBND-PG"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-unit=\"" + fixture.unitId("ABINH") + "\"", "data-unit=\"" + fixture.unitId("ALINH") + "\"")
                .doesNotContain("Võ Văn Số Liệu", "0933444555", "Số liệu: cổng thông tin");
    }
}
