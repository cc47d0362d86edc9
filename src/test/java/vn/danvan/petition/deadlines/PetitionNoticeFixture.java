package vn.danvan.petition.deadlines;

import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.petition.handling.Channel;
import vn.danvan.petition.handling.Petition;
import vn.danvan.petition.handling.PetitionKind;
import vn.danvan.petition.handling.PetitionRepository;
import vn.danvan.petition.intake.PetitionIntake;
import vn.danvan.petition.intake.Submission;

/** Petitions of An Bình received and moved on through the domain, and what was sent about them. */
final class PetitionNoticeFixture {

    private final JdbcClient jdbc;
    private final PetitionIntake intake;
    private final PetitionRepository petitions;

    PetitionNoticeFixture(JdbcClient jdbc, PetitionIntake intake, PetitionRepository petitions) {
        this.jdbc = jdbc;
        this.intake = intake;
        this.petitions = petitions;
    }

    /** A land petition for An Bình received at the counter today (the real clock), with the given e-mail. */
    Petition received(String title, String email) {
        long category = jdbc.sql("select id from petition_category where code = 'DAT_DAI'").query(Long.class).single();
        Submission s = new Submission(PetitionKind.PROPOSAL, category, unitId("ABINH"), title,
                "Đề nghị sửa chữa đoạn đường đất bị sạt lở sau mưa lớn.", "Ấp Bình Hòa, xã An Bình",
                "Phạm Văn Tư", "0912345678", email, null, true, Channel.COUNTER, UUID.randomUUID().toString(), java.util.List.of());
        return petitions.find(intake.receive(s, Channel.COUNTER, "test").id()).orElseThrow();
    }

    /** The petition after the steps, saved as the handling saves it. */
    Petition after(Petition p, Consumer<Petition> steps) {
        Petition current = petitions.find(p.id()).orElseThrow();
        steps.accept(current);
        petitions.save(current, "test");
        return petitions.find(p.id()).orElseThrow();
    }

    long accountId(String username) {
        return jdbc.sql("select id from account where username = :u").param("u", username).query(Long.class).single();
    }

    long unitId(String code) {
        return jdbc.sql("select id from unit where code = :c").param("c", code).query(Long.class).single();
    }

    /** In-app notifications of the account that point to the petition. */
    long notificationsOf(String username, Petition p) {
        return jdbc.sql("select count(*) from notification where account_id = :a and link = :link")
                .param("a", accountId(username)).param("link", "/petitions/" + p.id()).query(Long.class).single();
    }

    /** All in-app notifications that point to the petition. */
    long notificationsAbout(Petition p) {
        return jdbc.sql("select count(*) from notification where link = :link").param("link", "/petitions/" + p.id())
                .query(Long.class).single();
    }
}
