package vn.danvan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.Eventually.direct;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.Eventually;
import vn.danvan.notification.NoticeFixture;
import vn.danvan.notification.NoticeKey;
import vn.danvan.notification.NoticeService;
import vn.danvan.organisation.Role;

/**
 * Reporting work reaching units, each notice once with the link to the unit's report: a period opened (every
 * unit due to report, its head and officers), a report returned (its officers), a report overdue (its officers
 * and head, once); a unit not due to report gets nothing.
 */
@DanVanIntegrationTest
class ReportingNoticesIT {

    private static final int YEAR = 2043;
    private static final LocalDate DEADLINE = LocalDate.of(YEAR, 10, 15);

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportingNotices reportingNotices;

    ReportingFixture fixture;
    NoticeFixture notices;
    NoticeService noticeService;

    @BeforeEach
    void setUp() {
        fixture = new ReportingFixture(mvc, context, jdbc);
        notices = NoticeFixture.of(context);
        noticeService = context.getBean(NoticeService.class);
    }

    @Test
    void openedReturnedAndOverdueReachTheUnitOnceEach() throws Exception {
        var officer = notices.person("TLAP", "EACH", Role.OFFICER);
        var head = notices.person("TLAP", "NONE", Role.UNIT_HEAD);
        var notDue = notices.person("TLONG", "EACH", Role.OFFICER);
        long period = fixture.open(YEAR, DEADLINE, 0, "TLAP", "THIEP");
        long report = fixture.reportOf(period, "TLAP");
        String link = "/reporting/reports/" + report;
        String opened = "Mở kỳ báo cáo năm " + YEAR + ": Ủy ban nhân dân xã Tam Lập cần gửi báo cáo trước ngày 15/10/" + YEAR;

        assertThat(Eventually.is(1L, () -> notices.inApp(officer.accountId(), link))).isEqualTo(1);
        assertThat(Eventually.is(1L, () -> notices.inApp(head.accountId(), link))).isEqualTo(1);
        assertThat(notices.titles(officer.accountId(), link)).containsExactly(opened);
        assertThat(notices.mailsTo(officer.email(), link)).singleElement().asString().contains(link);
        assertThat(notices.mailsTo(head.email(), link)).as("chose no mail").isEmpty();
        assertThat(jdbc.sql("select count(*) from notification where account_id = :a and link like '/reporting/reports/%'"
                + " and title like :t").param("a", notDue.accountId()).param("t", "%năm " + YEAR + "%")
                .query(Long.class).single()).isZero();
        direct(reportingNotices).on(ReportingWorkArrived.opened(period, LocalDate.now()));
        assertThat(notices.inApp(officer.accountId(), link)).isEqualTo(1);
        assertThat(notices.sent(ReportingNotices.OPENED, report)).isEqualTo(1);

        // returned by Home Affairs: the officers
        fixture.inState(report, ReportState.SUBMITTED);
        fixture.step("noivu", report, "return", "comment", "Bổ sung số liệu.").andExpect(status().is3xxRedirection());
        assertThat(Eventually.is(2L, () -> notices.inApp(officer.accountId(), link))).isEqualTo(2);
        assertThat(notices.titles(officer.accountId(), link)).last().isEqualTo(
                "Báo cáo năm " + YEAR + " của Ủy ban nhân dân xã Tam Lập bị trả lại để chỉnh sửa");
        assertThat(notices.inApp(head.accountId(), link)).isEqualTo(1);

        // overdue: from the day after the deadline, once, to the officers and the head
        assertThat(noticeService.sendDue(reportingNotices, DEADLINE)).isZero();
        assertThat(noticeService.sendDue(reportingNotices, DEADLINE.plusDays(1))).isEqualTo(1);
        // Tân Hiệp has nobody to tell: its notice waits until someone is there
        assertThat(noticeService.isWaiting(new NoticeKey(ReportingNotices.OVERDUE, fixture.reportOf(period, "THIEP"),
                "OVERDUE", DEADLINE))).isTrue();
        noticeService.sendDue(reportingNotices, DEADLINE.plusDays(2));
        assertThat(notices.titles(officer.accountId(), link)).filteredOn(t -> t.endsWith("đã quá hạn"))
                .containsExactly("Báo cáo năm " + YEAR + " của Ủy ban nhân dân xã Tam Lập đã quá hạn");
        assertThat(notices.titles(head.accountId(), link)).filteredOn(t -> t.endsWith("đã quá hạn")).hasSize(1);
    }
}
