package vn.danvan.petition.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.petition.PetitionFixture;
import vn.danvan.petition.handling.AnswerTiming;
import vn.danvan.petition.handling.PetitionStatus;
import vn.danvan.shared.DanVanTime;

/**
 * The working days to answer and "answered on time" kept on the petition (V40) when it is answered through the
 * real flow, again after a reopening, written back by the summary's refresh for a petition answered before V40
 * and again after an admin changed a past day of the calendar; and the figures summed from them equal the definitions of {@link PetitionFigures}, worked out here the way
 * it did before: every petition read, its working days counted on the calendar.
 */
@DanVanIntegrationTest
class AnswerTimingIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    PetitionFixture fixture;

    private static final RequestPostProcessor ADMIN = user("calendar-admin").roles("ADMIN");

    @BeforeEach
    void fixture() {
        fixture = PetitionFixture.of(context);
    }

    @Test
    void anAnswerKeepsItsWorkingDaysWithoutTheHolidayBetweenAndTheFiguresCountAsDefined() throws Exception {
        LocalDate today = today();
        LocalDate holiday = lastWeekdayOffBefore(today);
        LocalDate received = holiday.minusDays(1);
        long onTime = answeredToday("Thời gian trả lời: qua ngày nghỉ lễ", received, null);
        long late = answeredToday("Thời gian trả lời: quá hạn, qua ngày nghỉ lễ", received, today.minusDays(1));

        int days = calendar().workingDaysBetween(received, today);
        assertThat(days).as("the holiday of %s is not a working day", holiday).isLessThan(weekdaysBetween(received, today));
        assertThat(stored(onTime)).isEqualTo(new AnswerTiming(days, true));
        assertThat(stored(late)).isEqualTo(new AnswerTiming(days, false));
        assertFiguresAsDefined(received, today);
        assertFiguresAsDefined(received, today.minusDays(1)); // answered after the period: not answered in it
        assertFiguresAsDefined(today.withDayOfYear(1), today);
    }

    @Test
    void aPetitionAnsweredBeforeTheTimingWasKeptIsCountedRightAndTheRefreshFillsItIn() throws Exception {
        LocalDate today = today();
        LocalDate received = lastWeekdayOffBefore(today).minusDays(1);
        long id = answeredToday("Thời gian trả lời: trả lời trước V40", received, null);
        AnswerTiming timing = stored(id);
        jdbc.sql("update petition set answer_working_days = null, answered_on_time = null where id = :id")
                .param("id", id).update();
        assertThat(stored(id)).isNull();

        assertFiguresAsDefined(received, today);
        context.getBean(PetitionFiguresSummary.class).refresh();

        assertThat(stored(id)).isEqualTo(timing).isEqualTo(new AnswerTiming(
                calendar().workingDaysBetween(received, today), true));
        assertThat(jdbc.sql("select count(*) from petition where answered_at is not null and answer_working_days is null")
                .query(Long.class).single()).isZero();
        assertFiguresAsDefined(received, today);
    }

    @Test
    void aReopenedPetitionAnsweredAgainHasItsTimingWorkedOutAgain() throws Exception {
        LocalDate today = today();
        LocalDate received = lastWeekdayOffBefore(today).minusDays(1);
        long id = answeredToday("Thời gian trả lời: mở lại rồi trả lời lại", received, null);
        // as if that first answer had been given on the day of receipt, with the timing stored for it then
        jdbc.sql("""
                update petition set answered_at = received_at + interval '2' hour, answer_working_days = 0,
                       answered_on_time = true where id = :id""").param("id", id).update();
        assertFiguresAsDefined(received, today);

        act("anbinh.canbo", id, "reopen", "note", "Người dân chưa đồng ý với câu trả lời.");
        assertThat(jdbc.sql("select status from petition where id = :id").param("id", id).query(String.class).single())
                .isEqualTo(PetitionStatus.IN_PROGRESS.name());
        assertFiguresAsDefined(received, today); // reopened: not answered, whatever it keeps
        dueOn(id, today.minusDays(1));
        act("anbinh.canbo", id, "draft", "note", "Đã kiểm tra lại tại chỗ.");
        act("anbinh.truong", id, "approve", "publish", "false", "note", "Đã kiểm tra lại tại chỗ.");

        assertThat(stored(id)).isEqualTo(new AnswerTiming(calendar().workingDaysBetween(received, today), false));
        assertFiguresAsDefined(received, today);
    }

    @Test
    void anAdminMakingAPastWorkingDayADayOffHasTheAnswersAcrossItCountedAgain() throws Exception {
        LocalDate today = today();
        LocalDate received = lastWeekdayOffBefore(today).minusDays(10);
        LocalDate workingDay = received.plusDays(1);
        while (!calendar().isWorkingDay(workingDay)) {
            workingDay = workingDay.plusDays(1);
        }
        assertThat(workingDay).isBefore(today);
        long id = answeredToday("Thời gian trả lời: lịch được sửa sau khi trả lời", received, null);
        int days = stored(id).workingDays();
        var refresh = context.getBean(PetitionFiguresSummary.class);
        try {
            calendarDay("days", workingDay, "kind", "HOLIDAY", "name", "Nghỉ đột xuất (thử)");
            await().atMost(Duration.ofSeconds(20)).until(() -> stored(id) == null);
            assertFiguresAsDefined(received, today);
            refresh.refresh();
            assertThat(stored(id)).isEqualTo(new AnswerTiming(days - 1, true));
            assertFiguresAsDefined(received, today);
        } finally {
            calendarDay("days/remove", workingDay);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> stored(id) == null);
        refresh.refresh();
        assertThat(stored(id)).isEqualTo(new AnswerTiming(days, true));
    }

    // ------------------------------------------------------------------ the definitions, row by row

    private void assertFiguresAsDefined(LocalDate from, LocalDate to) {
        var anBinh = context.getBean(OrganisationService.class).unitByCode("ABINH").orElseThrow();
        PetitionFiguresRow counted = context.getBean(PetitionFigures.class).forUnit(anBinh, from, to);
        assertThat(counted.as(null, null)).as("figures of %s..%s", from, to).isEqualTo(byTheDefinitions(anBinh.id(), from, to));
    }

    /** The unit's figures as {@link PetitionFigures}'s javadoc defines them, one petition at a time. */
    private PetitionFiguresRow byTheDefinitions(long unitId, LocalDate from, LocalDate to) {
        LocalDate today = today();
        var row = new PetitionFiguresRow[] {PetitionFiguresRow.empty(null, null)};
        jdbc.sql("""
                select status, received_at, answered_at, answer_due, rating, rated_at from petition
                 where unit_id = :unit and received_at >= :start and received_at < :end""")
                .param("unit", unitId).param("start", startOf(from)).param("end", startOf(to.plusDays(1)))
                .query(rs -> {
                    PetitionStatus status = PetitionStatus.valueOf(rs.getString("status"));
                    LocalDate received = dayOf(rs.getObject("received_at", OffsetDateTime.class));
                    OffsetDateTime answeredAt = rs.getObject("answered_at", OffsetDateTime.class);
                    LocalDate answered = answeredAt == null ? null : dayOf(answeredAt);
                    LocalDate due = rs.getObject("answer_due", LocalDate.class);
                    boolean isAnswered = (status == PetitionStatus.ANSWERED || status == PetitionStatus.CLOSED)
                            && answered != null && !answered.isAfter(to);
                    Integer rating = rs.getObject("rating", Integer.class);
                    OffsetDateTime ratedAt = rs.getObject("rated_at", OffsetDateTime.class);
                    row[0] = row[0].count(isAnswered, isAnswered && !answered.isAfter(due),
                            isAnswered ? calendar().workingDaysBetween(received, answered) : 0,
                            status.open() && due.isBefore(today),
                            rating != null && ratedAt != null && !dayOf(ratedAt).isAfter(to) ? rating : null);
                });
        return row[0];
    }

    // ------------------------------------------------------------------ the flow

    /**
     * A petition taken in at the counter today, dated back to {@code received} as a paper one would be, due on
     * {@code due} (null: as the intake set it), answered today through the screens.
     */
    private long answeredToday(String title, LocalDate received, LocalDate due) throws Exception {
        long id = fixture.atTheCounter("XAY_DUNG", title, "Công trình xây dựng lấn hành lang đường.", "Lê Văn Thời Hạn",
                "0933444777").id();
        receivedOn(id, received);
        if (due != null) {
            dueOn(id, due);
        }
        answer(id);
        return id;
    }

    private void answer(long id) throws Exception {
        act("anbinh.canbo", id, "accept");
        act("anbinh.truong", id, "assign", "accountId", String.valueOf(fixture.accountId("anbinh.canbo")));
        act("anbinh.canbo", id, "draft", "note", "Đã kiểm tra công trình.");
        act("anbinh.truong", id, "approve", "publish", "false", "note", "Đã kiểm tra công trình.");
    }

    private void act(String user, long id, String action, String... params) throws Exception {
        var request = post("/petitions/{id}/{action}", id, action).with(SignedIn.as(context, user)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    /** An admin adds ("days") or removes ("days/remove") a day of the calendar on its screen. */
    private void calendarDay(String action, LocalDate day, String... params) throws Exception {
        int year = day.getYear();
        String page = mvc.perform(get("/admin/calendar/{year}", year).with(ADMIN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d*)\"").matcher(page);
        var request = post("/admin/calendar/{year}/" + action, year).with(ADMIN).with(csrf())
                .param("date", day.format(DanVanTime.DATE)).param("version", version.find() ? version.group(1) : "");
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    /** The petition was received at 09:00 on the day. */
    private void receivedOn(long id, LocalDate day) {
        jdbc.sql("update petition set received_at = :at where id = :id")
                .param("at", day.atTime(9, 0).atZone(DanVanTime.ZONE).toOffsetDateTime()).param("id", id).update();
    }

    private void dueOn(long id, LocalDate day) {
        jdbc.sql("update petition set answer_due = :d where id = :id").param("d", day).param("id", id).update();
    }

    /** What the petition keeps, null when its working days are not kept. */
    private AnswerTiming stored(long id) {
        return jdbc.sql("select answer_working_days, answered_on_time from petition where id = :id").param("id", id)
                .query((rs, n) -> rs.getObject(1) == null ? null : new AnswerTiming(rs.getInt(1), rs.getBoolean(2)))
                .optional().orElse(null);
    }

    private WorkingCalendar calendar() {
        return context.getBean(WorkingCalendar.class);
    }

    /** A holiday (a day off from Monday to Friday: Tết, 30/4, 2/9, ...) before today. */
    private LocalDate lastWeekdayOffBefore(LocalDate today) {
        for (LocalDate day = today.minusDays(2); ; day = day.minusDays(1)) {
            boolean weekday = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
            if (weekday && !calendar().isWorkingDay(day)) {
                return day;
            }
        }
    }

    private static int weekdaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            n += day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : 1;
        }
        return n;
    }

    private static LocalDate today() {
        return LocalDate.now(DanVanTime.ZONE);
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(DanVanTime.ZONE).toOffsetDateTime();
    }

    private static LocalDate dayOf(OffsetDateTime at) {
        return at.atZoneSameInstant(DanVanTime.ZONE).toLocalDate();
    }
}
