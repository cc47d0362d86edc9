package vn.danvan.petition.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.Eventually.direct;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

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
import vn.danvan.shared.DanVanTime;

/**
 * A petition arriving reaches the unit's officers once, in the application with its link and by e-mail as
 * each chose, naming the petition and never its petitioner; those still to be routed reach Home Affairs together; an
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
    void petitionsStillToBeRoutedReachHomeAffairsTogetherNamedByCodeAndTitle() {
        long homeAffairs = petitions.accountId("noivu");
        long officer = petitions.accountId("anbinh.canbo");
        long before = notices.inApp(homeAffairs, PetitionsToRoute.LINK);
        LocalDate today = LocalDate.now(context.getBean(Clock.class).withZone(DanVanTime.ZONE));

        long first = toRoute("Chưa rõ đơn vị " + UUID.randomUUID().toString().substring(0, 6));
        toRouteRun(today);

        assertThat(notices.inApp(homeAffairs, "/petitions/" + first)).as("no notice per petition").isZero();
        assertThat(notices.inApp(homeAffairs, PetitionsToRoute.LINK)).isEqualTo(before + 1);
        assertThat(notices.inApp(officer, PetitionsToRoute.LINK)).isZero();
        List<String> titles = notices.titles(homeAffairs, PetitionsToRoute.LINK);
        assertThat(titles.get(titles.size() - 1)).isEqualTo(waiting() + " phản ánh, kiến nghị chờ chuyển đến đơn vị");
        String body = body(homeAffairs);
        assertThat(body).contains(code(first)).contains("Phòng Nội vụ").doesNotContain("Phạm Văn Tư")
                .doesNotContain("0912345678");

        toRouteRun(today);
        assertThat(notices.inApp(homeAffairs, PetitionsToRoute.LINK)).as("nothing new, told once").isEqualTo(before + 1);

        long second = toRoute("Chưa rõ đơn vị " + UUID.randomUUID().toString().substring(0, 6));
        toRouteRun(today);
        assertThat(notices.inApp(homeAffairs, PetitionsToRoute.LINK)).isEqualTo(before + 2);
        assertThat(body(homeAffairs)).contains(code(second));

        toRouteRun(today.plusDays(1));
        assertThat(notices.inApp(homeAffairs, PetitionsToRoute.LINK)).as("reminded the next day while they wait")
                .isEqualTo(before + 3);
    }

    private long toRoute(String title) {
        Submission s = new Submission(PetitionKind.PROPOSAL, petitions.category("DAT_DAI"), null, title,
                "Đề nghị kiểm tra đoạn đường bị sạt lở.", "Xã An Bình", null, null, "Phạm Văn Tư", "0912345678", null,
                null, true, Channel.WEB, UUID.randomUUID().toString(), List.of());
        return context.getBean(PetitionIntake.class).receive(s, Channel.WEB, "test").id();
    }

    private void toRouteRun(LocalDate day) {
        context.getBean(PetitionsToRoute.class).run(day);
    }

    private long waiting() {
        return jdbc().sql("select count(*) from petition where unit_id is null and status = 'RECEIVED'")
                .query(Long.class).single();
    }

    private String code(long id) {
        return jdbc().sql("select code from petition where id = :id").param("id", id).query(String.class).single();
    }

    /** The newest notice of petitions to route of the account. */
    private String body(long accountId) {
        return jdbc().sql("select body from notification where account_id = :a and link = :link order by id desc")
                .param("a", accountId).param("link", PetitionsToRoute.LINK).query(String.class).list().get(0);
    }

    private JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
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
