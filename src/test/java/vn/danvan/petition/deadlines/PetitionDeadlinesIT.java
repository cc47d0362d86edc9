package vn.danvan.petition.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.petition.PetitionFixture;
import vn.danvan.DanVanIntegrationTest;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.shared.DanVanTime;
import vn.danvan.petition.handling.Petition;
import vn.danvan.petition.handling.PetitionRepository;
import vn.danvan.petition.intake.PetitionIntake;

/**
 * As the clock moves past a petition's due dates, the assignee is warned, then the unit head and
 * Home Affairs are told, each once. The runs are given their day; the petitions were received today.
 */
@DanVanIntegrationTest
class PetitionDeadlinesIT {

    private final PetitionDeadlines deadlines;
    private final WorkingCalendar calendar;
    private final JdbcClient jdbc;
    private final PetitionFixture fixture;

    @Autowired
    PetitionDeadlinesIT(PetitionDeadlines deadlines, WorkingCalendar calendar, JdbcClient jdbc,
            ApplicationContext context) {
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.fixture = PetitionFixture.of(context);
    }

    private LocalDate workingDaysFrom(LocalDate date, int days) {
        return calendar.addWorkingDays(date, days);
    }

    private Petition assignedToTheOfficer(String title) {
        long officer = fixture.accountId("anbinh.canbo");
        return fixture.after(fixture.received(title, null), p -> {
            p.accept();
            p.assign(officer, "Lê Thị Hoa");
        });
    }

    @Test
    void theAssigneeIsWarnedThenTheHeadThenHomeAffairsEachOnce() {
        Petition p = assignedToTheOfficer("Sạt lở đường đất ấp Bình Hòa");
        LocalDate due = p.answerDue();

        deadlines.run(workingDaysFrom(due, -1));
        assertThat(fixture.notificationsOf("anbinh.canbo", p)).isEqualTo(1);
        assertThat(fixture.notificationsOf("anbinh.truong", p)).isZero();

        deadlines.run(workingDaysFrom(due, 1));
        assertThat(fixture.notificationsOf("anbinh.truong", p)).isEqualTo(1);
        assertThat(fixture.notificationsOf("noivu", p)).isZero();

        deadlines.run(workingDaysFrom(due, 3));
        assertThat(fixture.notificationsOf("noivu", p)).isEqualTo(1);

        deadlines.run(workingDaysFrom(due, 3));
        deadlines.run(workingDaysFrom(due, 4));
        assertThat(fixture.notificationsOf("anbinh.canbo", p)).isEqualTo(1);
        assertThat(fixture.notificationsOf("anbinh.truong", p)).isEqualTo(1);
        assertThat(fixture.notificationsOf("noivu", p)).isEqualTo(1);
        assertThat(jdbc.sql("select kind from notice_sent where topic = 'petition.deadline' and subject_id = :id order by kind")
                .param("id", p.id()).query(String.class).list())
                .containsExactly("ESCALATION_HEAD", "ESCALATION_HOME_AFFAIRS", "WARNING");
    }

    @Test
    void theWarningSaysWhichPetitionAndWhenInVietnamese() {
        Petition p = assignedToTheOfficer("Đèn đường hỏng ấp Bình Thắng");

        deadlines.run(p.answerDue());

        var row = jdbc.sql("select title, body from notification where account_id = :a and link = :link"
                        + PetitionFixture.NOT_ARRIVAL)
                .param("a", fixture.accountId("anbinh.canbo")).param("link", "/petitions/" + p.id()).query()
                .singleRow();
        assertThat((String) row.get("title")).isEqualTo("Sắp đến hạn trả lời phản ánh, kiến nghị " + p.code());
        assertThat((String) row.get("body")).contains("“Đèn đường hỏng ấp Bình Thắng”")
                .contains(DanVanTime.DATE.format(p.answerDue()));
    }

    @Test
    void withNobodyAssignedTheHeadIsWarned() {
        Petition p = fixture.after(fixture.received("Chưa phân công", null), Petition::accept);

        deadlines.run(workingDaysFrom(p.answerDue(), -2));

        assertThat(fixture.notificationsOf("anbinh.truong", p)).isEqualTo(1);
        assertThat(fixture.notificationsOf("anbinh.canbo", p)).isZero();
    }

    @Test
    void aPetitionNotYetAcceptedWarnsAndEscalatesTheAcceptanceNoticeToTheHead() {
        Petition p = fixture.received("Chưa xem xét thụ lý", null);

        deadlines.run(workingDaysFrom(p.acceptanceDue(), -1));
        assertThat(fixture.notificationsOf("anbinh.truong", p)).isEqualTo(1);

        deadlines.run(workingDaysFrom(p.acceptanceDue(), 1));
        assertThat(fixture.notificationsOf("anbinh.truong", p)).isEqualTo(2);
        assertThat(jdbc.sql("select kind from notice_sent where topic = 'petition.deadline' and subject_id = :id order by kind")
                .param("id", p.id()).query(String.class).list())
                .containsExactly("ESCALATION_ACCEPTANCE", "WARNING_ACCEPTANCE");
    }

    @Test
    void aRefusedOrAnsweredPetitionGetsNothing() {
        Petition refused = fixture.after(fixture.received("Không thuộc thẩm quyền", null),
                p -> p.refuse("Không thuộc thẩm quyền của xã", true));
        Petition answered = fixture.after(assignedToTheOfficer("Đã trả lời"), p -> {
            p.draftAnswer("Đã sửa xong.");
            p.approveAnswer(false, null, OffsetDateTime.now());
        });

        deadlines.run(workingDaysFrom(refused.answerDue(), 3));
        deadlines.run(workingDaysFrom(answered.answerDue(), 3));

        assertThat(fixture.notificationsAbout(refused)).isZero();
        assertThat(fixture.notificationsAbout(answered)).isZero();
    }

    @Test
    void whileThePetitionerIsAskedForInformationTheAnswerClockSendsNothing() {
        Petition p = fixture.after(assignedToTheOfficer("Chờ người gửi bổ sung"),
                waiting -> waiting.requestInformation("Đề nghị bổ sung ảnh chụp hiện trường.", true));

        deadlines.run(workingDaysFrom(p.answerDue(), 4));

        assertThat(fixture.notificationsAbout(p)).isZero();
    }

    @Test
    void aNewDueDateGetsItsOwnNotices() {
        Petition p = assignedToTheOfficer("Gia hạn trả lời");
        deadlines.run(p.answerDue());
        LocalDate later = workingDaysFrom(p.answerDue(), 10);
        jdbc.sql("update petition set answer_due = :d where id = :id").param("d", later).param("id", p.id()).update();

        deadlines.run(later);

        assertThat(fixture.notificationsOf("anbinh.canbo", p)).isEqualTo(2);
    }

    @Test
    void aNoticeAnotherNodeAlreadySentIsNotSentAgain() {
        Petition p = assignedToTheOfficer("Nút khác đã gửi");
        sentByAnotherNode(p.id(), "WARNING", p.answerDue());

        deadlines.run(p.answerDue());

        assertThat(fixture.notificationsAbout(p)).isZero();
        assertThatThrownBy(() -> sentByAnotherNode(p.id(), "WARNING", p.answerDue()))
                .isInstanceOf(DuplicateKeyException.class);
    }

    /**
     * The row another node's notifyOnce leaves, written as that node's database insert: the unique key on
     * notice_sent, which this test checks, is the database's, not a service's.
     */
    private void sentByAnotherNode(long petition, String kind, LocalDate due) {
        jdbc.sql("""
                insert into notice_sent (topic, subject_id, kind, due_date, recipients, sent_by, sent_at)
                values ('petition.deadline', :p, :k, :d, 1, 'system', :at)""")
                .param("p", petition).param("k", kind).param("d", due).param("at", OffsetDateTime.now()).update();
    }
}
