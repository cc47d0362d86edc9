package vn.danvan.petition.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.danvan.petition.PetitionFixture;
import vn.danvan.DanVanIntegrationTest;
import vn.danvan.Eventually;
import vn.danvan.shared.DanVanTime;
import vn.danvan.petition.handling.Petition;
import vn.danvan.petition.handling.PetitionRepository;
import vn.danvan.petition.intake.PetitionIntake;

/** The petitioner hears by e-mail of receipt, public steps and the answer; the officer of an assignment. */
@DanVanIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PetitionNoticesIT {

    @Autowired
    PetitionNotices notices;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    PetitionRepository petitions;
    @Autowired
    PlatformTransactionManager transactions;

    PetitionFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = PetitionFixture.of(context);
    }

    private static String uniqueEmail() {
        return "cong.dan." + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
    }

    private List<Map<String, Object>> mailsAbout(Petition p) {
        return jdbc.sql("select recipient, subject, body from mail_outbox where reference = :code order by id")
                .param("code", p.code()).query().listOfRows();
    }

    /** The action saved and its steps told in one transaction, as the handling does. */
    private void step(Petition p, Consumer<Petition> action) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            Petition current = petitions.find(p.id()).orElseThrow();
            action.accept(current);
            petitions.save(current, "test");
            current.recordedSteps().forEach(recorded -> notices.changed(current, recorded));
        });
    }

    @Test
    void onReceiptThePetitionerGetsTheCodeDatesAndLookupLinkAndTheAddressIsNeverLogged(CapturedOutput output) {
        String email = uniqueEmail();
        Petition p = fixture.received("Cống thoát nước bị tắc", email);

        List<Map<String, Object>> mails = mailsAbout(p);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).get("recipient")).isEqualTo(email);
        assertThat((String) mails.get(0).get("subject")).isEqualTo("Đã tiếp nhận phản ánh, kiến nghị " + p.code());
        assertThat((String) mails.get(0).get("body")).contains("Mã tra cứu: " + p.code())
                .contains("Hạn trả lời: " + DanVanTime.DATE.format(p.answerDue()))
                .contains("Hạn thông báo thụ lý: " + DanVanTime.DATE.format(p.acceptanceDue()))
                .contains("/portal/petitions/lookup?code=" + p.code());
        assertThat(output.getAll()).doesNotContain(email);
    }

    @Test
    void aReasonTheOfficerKeptInternalIsNotMailed() {
        String email = uniqueEmail();
        Petition p = fixture.received("Ranh giới đất nội bộ", email);

        step(p, q -> q.refuse("Cán bộ địa chính đang nghỉ phép, chuyển lại sau", false));

        List<Map<String, Object>> mails = mailsAbout(p);
        assertThat(mails).hasSize(2);
        assertThat((String) mails.get(1).get("body")).doesNotContain("Cán bộ địa chính đang nghỉ phép");
    }

    @Test
    void theReceiptCarriesTheCitizenKey() {
        String email = uniqueEmail();
        Petition p = fixture.received("Mã bảo mật trong thư", email);

        assertThat((String) mailsAbout(p).get(0).get("body")).containsPattern("Mã bảo mật[^:]*: [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
    }

    @Test
    void withoutAnAddressNothingIsMailed() {
        Petition p = fixture.received("Không để lại e-mail", null);

        notices.received(p, null, "KEY");
        notices.received(p, " ", "KEY");

        assertThat(mailsAbout(p)).isEmpty();
    }

    @Test
    void anUnusableAddressSendsNothingAndDoesNotUndoTheHandling(CapturedOutput output) {
        Petition p = fixture.received("Địa chỉ thư sai", null);

        new TransactionTemplate(transactions).executeWithoutResult(status -> notices.received(p, "mai@localhost", "KEY"));

        assertThat(mailsAbout(p)).isEmpty();
        assertThat(output.getAll()).doesNotContain("mai@localhost");
    }

    @Test
    void eachPublicStatusChangeIsMailedWithItsReasonAndTheAnswerInFull(CapturedOutput output) {
        String email = uniqueEmail();
        Petition p = fixture.received("Lấn chiếm hành lang đường", email);
        long officer = fixture.accountId("anbinh.canbo");

        step(p, Petition::accept);
        step(p, q -> q.assign(officer, "Lê Thị Hoa"));
        step(p, q -> q.requestInformation("Ảnh chụp hiện trạng và vị trí cụ thể", true));
        step(p, q -> q.draftAnswer("Kính gửi ông Tư: UBND xã đã lập biên bản và buộc tháo dỡ công trình lấn chiếm."));
        step(p, q -> q.approveAnswer(false, null, OffsetDateTime.now()));

        List<String> subjects = mailsAbout(p).stream().map(m -> (String) m.get("subject")).toList();
        assertThat(subjects).containsExactly(
                "Đã tiếp nhận phản ánh, kiến nghị " + p.code(),
                "Phản ánh, kiến nghị " + p.code() + " đã được thụ lý",
                "Đề nghị bổ sung thông tin cho phản ánh, kiến nghị " + p.code(),
                "Trả lời phản ánh, kiến nghị " + p.code());
        List<Map<String, Object>> mails = mailsAbout(p);
        assertThat((String) mails.get(2).get("body")).contains("Ảnh chụp hiện trạng và vị trí cụ thể");
        assertThat((String) mails.get(3).get("body"))
                .contains("Kính gửi ông Tư: UBND xã đã lập biên bản và buộc tháo dỡ công trình lấn chiếm.");
        assertThat(mails).allSatisfy(m -> assertThat(m.get("recipient")).isEqualTo(email));
        assertThat(Eventually.is(1L, () -> fixture.notificationsOf("anbinh.canbo", p))).isEqualTo(1);
        assertThat(output.getAll()).doesNotContain(email);
    }

    @Test
    void aRefusalIsMailedWithItsReason() {
        String email = uniqueEmail();
        Petition p = fixture.received("Tranh chấp ranh giới đất", email);

        step(p, q -> q.refuse("Tranh chấp đất đai được giải quyết theo thủ tục hòa giải tại xã", true));

        List<Map<String, Object>> mails = mailsAbout(p);
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1)).satisfies(m -> {
            assertThat((String) m.get("subject")).isEqualTo("Phản ánh, kiến nghị " + p.code() + " không được thụ lý");
            assertThat((String) m.get("body"))
                    .contains("Lý do: Tranh chấp đất đai được giải quyết theo thủ tục hòa giải tại xã");
        });
    }

    @Test
    void theOfficerIsNotifiedOfAnAssignmentWithALinkToThePetition() {
        Petition p = fixture.after(fixture.received("Phân công cán bộ", null), Petition::accept);

        notices.assigned(p, fixture.accountId("anbinh.canbo"), LocalDate.now(DanVanTime.ZONE));

        var row = jdbc.sql("select title, body from notification where account_id = :a and link = :link"
                        + PetitionFixture.NOT_ARRIVAL)
                .param("a", fixture.accountId("anbinh.canbo")).param("link", "/petitions/" + p.id()).query()
                .singleRow();
        assertThat((String) row.get("title"))
                .isEqualTo("Đồng chí được phân công giải quyết phản ánh, kiến nghị " + p.code());
        assertThat((String) row.get("body")).contains(DanVanTime.DATE.format(p.answerDue()));
    }
}
