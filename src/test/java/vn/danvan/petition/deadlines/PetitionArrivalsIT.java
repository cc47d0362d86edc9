package vn.danvan.petition.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.Eventually.direct;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.Eventually;
import vn.danvan.notification.NoticeFixture;
import vn.danvan.organisation.Role;
import vn.danvan.petition.PetitionFixture;
import vn.danvan.petition.handling.Channel;
import vn.danvan.petition.handling.Petition;
import vn.danvan.petition.handling.PetitionKind;
import vn.danvan.petition.handling.PetitionRepository;
import vn.danvan.petition.intake.PetitionIntake;
import vn.danvan.petition.intake.Submission;

/**
 * A petition arriving reaches the unit's officers once, in the application with its link and by e-mail as
 * each chose, naming the petition and never its petitioner; one still to be routed reaches Home Affairs; an
 * assignment reaches the officer once.
 */
@DanVanIntegrationTest
class PetitionArrivalsIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    PetitionArrivals arrivals;

    PetitionFixture petitions;
    NoticeFixture notices;

    @BeforeEach
    void setUp() {
        petitions = PetitionFixture.of(context);
        notices = NoticeFixture.of(context);
    }

    @Test
    void aNewPetitionReachesTheUnitsOfficersOnceWithItsLinkAndByMailAsEachChose() throws Exception {
        var each = notices.person("ABINH", "EACH", Role.OFFICER);
        var digest = notices.person("ABINH", "DAILY_DIGEST", Role.OFFICER);
        var none = notices.person("ABINH", "NONE", Role.OFFICER);
        var elsewhere = notices.person("ALINH", "EACH", Role.OFFICER);
        String title = "Cống thoát nước ấp Bình Hòa " + UUID.randomUUID().toString().substring(0, 6);

        Petition p = petitions.received(title, null);
        String link = "/petitions/" + p.id();

        assertThat(Eventually.is(1L, () -> notices.inApp(each.accountId(), link))).isEqualTo(1);
        assertThat(Eventually.is(1L, () -> notices.inApp(digest.accountId(), link))).isEqualTo(1);
        assertThat(Eventually.is(1L, () -> notices.inApp(none.accountId(), link))).isEqualTo(1);
        assertThat(notices.titles(each.accountId(), link)).containsExactly(
                "Phản ánh, kiến nghị mới " + p.code() + ": " + title);
        assertThat(notices.mailsTo(each.email(), link)).singleElement().asString().contains(title).contains(link)
                .doesNotContain("Phạm Văn Tư").doesNotContain("0912345678");
        assertThat(notices.mailsTo(digest.email(), link)).isEmpty();
        assertThat(notices.mailsTo(none.email(), link)).isEmpty();
        assertThat(notices.inApp(elsewhere.accountId(), link)).isZero();

        // the same event delivered again (a retry, another node) tells nobody twice
        long unit = petitions.unitId("ABINH");
        direct(arrivals).on(new PetitionArrived(p.id(), unit, "NEW-" + unit, notices.sentOn(PetitionArrivals.TOPIC, p.id()),
                "test"));
        assertThat(notices.inApp(each.accountId(), link)).isEqualTo(1);
        assertThat(notices.mailsTo(each.email(), link)).hasSize(1);
        assertThat(notices.sent(PetitionArrivals.TOPIC, p.id())).isEqualTo(1);
    }

    @Test
    void theOfficerWhoRecordsAPetitionAtTheCounterIsNotToldOfIt() throws Exception {
        var colleague = notices.person("ABINH", "EACH", Role.OFFICER);

        var receipt = petitions.atTheCounter("DAT_DAI", "Tại quầy " + UUID.randomUUID().toString().substring(0, 6),
                "Đề nghị xem xét ranh giới thửa đất.", "Lê Văn Ba", "0912000111");
        String link = "/petitions/" + receipt.id();

        assertThat(Eventually.is(1L, () -> notices.inApp(colleague.accountId(), link))).isEqualTo(1);
        assertThat(notices.inApp(petitions.accountId("anbinh.canbo"), link)).isZero();
    }

    @Test
    void aPetitionStillToBeRoutedReachesHomeAffairs() {
        Submission s = new Submission(PetitionKind.PROPOSAL, petitions.category("DAT_DAI"), null,
                "Chưa rõ đơn vị " + UUID.randomUUID().toString().substring(0, 6), "Đề nghị kiểm tra đoạn đường bị sạt lở.",
                "Xã An Bình", null, null, "Phạm Văn Tư", "0912345678", null, null, true, Channel.WEB,
                UUID.randomUUID().toString(), List.of());
        long id = context.getBean(PetitionIntake.class).receive(s, Channel.WEB, "test").id();
        String link = "/petitions/" + id;

        assertThat(Eventually.is(1L, () -> notices.inApp(petitions.accountId("noivu"), link))).isEqualTo(1);
        assertThat(notices.inApp(petitions.accountId("anbinh.canbo"), link)).isZero();
    }

    @Test
    void anAssignmentReachesTheOfficerOnce() throws Exception {
        var officer = notices.person("ABINH", "EACH", Role.OFFICER);
        Petition p = petitions.received("Phân công " + UUID.randomUUID().toString().substring(0, 6), null);
        String link = "/petitions/" + p.id();
        Eventually.is(1L, () -> notices.inApp(officer.accountId(), link));
        Petition current = context.getBean(PetitionRepository.class).find(p.id()).orElseThrow();
        var event = new PetitionAssigned(p.id(), officer.accountId(), java.time.LocalDate.of(2026, 12, 7));

        direct(arrivals).on(event);
        direct(arrivals).on(event);

        assertThat(notices.titles(officer.accountId(), link)).filteredOn(t -> t.startsWith("Đồng chí được phân công"))
                .containsExactly("Đồng chí được phân công giải quyết phản ánh, kiến nghị " + current.code());
        assertThat(notices.mailsTo(officer.email(), link)).hasSize(2); // the arrival and the assignment
    }
}
