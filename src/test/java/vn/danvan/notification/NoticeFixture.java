package vn.danvan.notification;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.SignedIn;
import vn.danvan.organisation.OrganisationFixture;
import vn.danvan.organisation.Role;

/** What the work-arrival tests of every module ask of notices: people with an address and a choice, what they got. */
public final class NoticeFixture {

    private final ApplicationContext context;
    private final JdbcClient jdbc;
    private final OrganisationFixture organisation;

    private NoticeFixture(ApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcClient.class);
        this.organisation = OrganisationFixture.of(context);
    }

    public static NoticeFixture of(ApplicationContext context) {
        return new NoticeFixture(context);
    }

    /** A new account of the unit with the roles and an e-mail address of its own, having chosen how mail comes. */
    public OrganisationFixture.Staff person(String unitCode, String mailChoice, Role... roles) throws Exception {
        var staff = organisation.staff().in(unitCode).role(roles)
                .email("nguoi." + UUID.randomUUID().toString().substring(0, 8) + "@example.vn").create();
        if (!"EACH".equals(mailChoice)) {
            context.getBean(MockMvc.class).perform(post("/account/notices").with(SignedIn.as(context, staff.username()))
                    .with(csrf()).param("choice", mailChoice)).andExpect(redirectedUrl("/account/notices"));
        }
        return staff;
    }

    /** The in-app notices of the account that link to the path. */
    public long inApp(long accountId, String link) {
        return jdbc.sql("select count(*) from notification where account_id = :a and link = :l")
                .param("a", accountId).param("l", link).query(Long.class).single();
    }

    /** The titles of the account's notices that link to the path, oldest first. */
    public List<String> titles(long accountId, String link) {
        return jdbc.sql("select title from notification where account_id = :a and link = :l order by id")
                .param("a", accountId).param("l", link).query(String.class).list();
    }

    /**
     * The bodies of the mails queued to the address that link to the path (others may come meanwhile: work of other
     * tests arriving at the same unit).
     */
    public List<String> mailsTo(String email, String link) {
        return jdbc.sql("select body from mail_outbox where recipient = :r order by id").param("r", email)
                .query(String.class).list().stream().filter(b -> b.endsWith(link) || b.contains(link + "\n")).toList();
    }

    /** How many notices of the topic about the record were recorded as sent. */
    public long sent(String topic, long subjectId) {
        return jdbc.sql("select count(*) from notice_sent where topic = :t and subject_id = :s").param("t", topic)
                .param("s", subjectId).query(Long.class).single();
    }

    /** The day in the key of the (single) notice of the topic about the record. */
    public java.time.LocalDate sentOn(String topic, long subjectId) {
        return jdbc.sql("select due_date from notice_sent where topic = :t and subject_id = :s").param("t", topic)
                .param("s", subjectId).query(java.time.LocalDate.class).single();
    }
}
