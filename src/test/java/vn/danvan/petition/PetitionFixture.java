package vn.danvan.petition;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.SignedIn;
import vn.danvan.petition.handling.Channel;
import vn.danvan.petition.handling.Petition;
import vn.danvan.petition.handling.PetitionKind;
import vn.danvan.petition.handling.PetitionRepository;
import vn.danvan.petition.intake.PetitionIntake;
import vn.danvan.petition.intake.Submission;

import vn.danvan.organisation.OrganisationFixture;

/**
 * Petitions received and moved on through the domain (the intake and the aggregate's own moves), the
 * categories and petitions the tests name by code, and what was sent about them.
 */
public final class PetitionFixture {

    private final JdbcClient jdbc;
    private final PetitionIntake intake;
    private final PetitionRepository petitions;
    private final OrganisationFixture organisation;
    private final ApplicationContext context;

    private static final Pattern CODE = Pattern.compile("PA-[0-9A-Z]{5}-[0-9A-Z]{5}");
    private static final Pattern CITIZEN_KEY = Pattern.compile("id=\"citizen-key\">([0-9A-Z-]{14})<");

    /** What the officer reads on the receipt page after recording a petition at the counter. */
    public record CounterReceipt(long id, String code, String citizenKey) {
    }

    private PetitionFixture(ApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcClient.class);
        this.intake = context.getBean(PetitionIntake.class);
        this.petitions = context.getBean(PetitionRepository.class);
        this.organisation = OrganisationFixture.of(context);
    }

    public static PetitionFixture of(ApplicationContext context) {
        return new PetitionFixture(context);
    }

    /** The id of the petition category with the code (DAT_DAI, XAY_DUNG, ...). */
    public long category(String code) {
        return petitions.categories(false).stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no petition category " + code)).id();
    }

    /** The id of the petition with the tracking code. */
    public long idOf(String trackingCode) {
        return petitions.findByCode(trackingCode)
                .orElseThrow(() -> new IllegalArgumentException("no petition " + trackingCode)).id();
    }

    /** The unit the petition with the tracking code is in (null: not yet routed). */
    public Long unitOf(String trackingCode) {
        return petitions.findByCode(trackingCode)
                .orElseThrow(() -> new IllegalArgumentException("no petition " + trackingCode)).unitId();
    }

    /** A land petition for An Bình received at the counter today (the real clock), with the given e-mail. */
    public Petition received(String title, String email) {
        Submission s = new Submission(PetitionKind.PROPOSAL, category("DAT_DAI"), unitId("ABINH"), title,
                "Đề nghị sửa chữa đoạn đường đất bị sạt lở sau mưa lớn.", "Ấp Bình Hòa, xã An Bình", null, null,
                "Phạm Văn Tư", "0912345678", email, null, true, Channel.COUNTER, UUID.randomUUID().toString(), List.of());
        return petitions.find(intake.receive(s, Channel.COUNTER, "test").id()).orElseThrow();
    }

    /**
     * An officer of An Bình records a feedback petition of the category at the counter on the staff screen,
     * as people do; what the receipt page shows.
     */
    public CounterReceipt atTheCounter(String categoryCode, String title, String content, String fullName,
            String phone) throws Exception {
        String page = context.getBean(MockMvc.class).perform(post("/petitions")
                        .with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                        .param("channel", "COUNTER").param("kind", "FEEDBACK")
                        .param("categoryId", String.valueOf(category(categoryCode)))
                        .param("unitId", String.valueOf(unitId("ABINH")))
                        .param("title", title).param("content", content)
                        .param("fullName", fullName).param("phone", phone)
                        .param("submissionKey", UUID.randomUUID().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher code = CODE.matcher(page);
        Matcher key = CITIZEN_KEY.matcher(page);
        if (!code.find() || !key.find()) {
            throw new AssertionError("no tracking code or citizen key on the receipt page");
        }
        return new CounterReceipt(idOf(code.group()), code.group(), key.group(1));
    }

    /** The petition after the steps, saved as the handling saves it. */
    public Petition after(Petition p, Consumer<Petition> steps) {
        Petition current = petitions.find(p.id()).orElseThrow();
        steps.accept(current);
        petitions.save(current, "test");
        return petitions.find(p.id()).orElseThrow();
    }

    public long accountId(String username) {
        return organisation.accountId(username);
    }

    public long unitId(String code) {
        return organisation.unit(code);
    }

    /** Leaves out the notices of a petition's arrival at its unit (sent after the intake's commit, see PetitionArrivalsIT). */
    public static final String NOT_ARRIVAL = " and title not like 'Phản ánh, kiến nghị mới %'";

    /** In-app notifications of the account that point to the petition (its arrival left out). */
    public long notificationsOf(String username, Petition p) {
        return jdbc.sql("select count(*) from notification where account_id = :a and link = :link" + NOT_ARRIVAL)
                .param("a", accountId(username)).param("link", "/petitions/" + p.id()).query(Long.class).single();
    }

    /** All in-app notifications that point to the petition. */
    public long notificationsAbout(Petition p) {
        return jdbc.sql("select count(*) from notification where link = :link" + NOT_ARRIVAL)
                .param("link", "/petitions/" + p.id())
                .query(Long.class).single();
    }
}
