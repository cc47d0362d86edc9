package vn.danvan.petition.deadlines;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.danvan.notification.NoticeKey;
import vn.danvan.notification.NoticeLetter;
import vn.danvan.notification.NoticeService;
import vn.danvan.notification.NotificationService;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.DanVanTime;
import vn.danvan.petition.handling.MergedPetitions;
import vn.danvan.petition.handling.Petition;
import vn.danvan.petition.handling.PetitionRepository;
import vn.danvan.petition.handling.Petitioner;

/**
 * What a petition's handling tells people: the petitioner by e-mail (when an address was given) on
 * receipt, on each public status change and with the answer; the officer in the application and by
 * e-mail on assignment, the unit's officers of a petition new to it. Called inside the handling's
 * transaction, so nothing is sent for a step that is rolled back: the staff's notices are events, sent
 * through notify-once after the commit. The petitioner's address is personal data: it is never logged.
 */
@Component
public class PetitionNotices {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    /** Steps the petitioner hears about; each has keys {@code petition.notice.step.<ACTION>.subject/body}. */
    static final Set<String> PUBLIC_CHANGES = Set.of("ACCEPT", "REFUSE", "TRANSFER", "START", "REQUEST_INFO",
            "APPROVE_ANSWER", "CLOSE", "REOPEN", "MERGE");

    /** Steps of an original that the petitioners of merged petitions hear about too. */
    static final Set<String> FOLLOWED_CHANGES = Set.of("APPROVE_ANSWER", "CLOSE", "REOPEN");

    private static final Logger log = LoggerFactory.getLogger(PetitionNotices.class);
    // the outbox's own check, made here first: a refused address must not roll back the handling
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int ADDRESS_MAX = 320;

    private final NotificationService notifications;
    private final NoticeService notices;
    private final ApplicationEventPublisher events;
    private final PetitionRepository petitions;
    private final OrganisationService organisation;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    PetitionNotices(NotificationService notifications, NoticeService notices, ApplicationEventPublisher events,
            PetitionRepository petitions, OrganisationService organisation, MessageSource messages, Clock clock,
            @Value("${danvan.base-url:}") String baseUrl) {
        this.notifications = notifications;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
        this.petitions = petitions;
        this.organisation = organisation;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The receipt: tracking code, citizen key, due dates and where to follow the petition. */
    public void received(Petition p, String email, String citizenKey) {
        Object[] args = {p.code(), p.title(), date(p.answerDue()), date(p.acceptanceDue()),
                DanVanTime.DATE.format(p.receivedAt().atZoneSameInstant(DanVanTime.ZONE)), lookup(p), citizenKey};
        mail(p, email, "petition.notice.received", args);
    }

    /**
     * A petition new to its unit (received today, transferred or routed to it): its officers hear of it once
     * the handling's transaction is committed ({@link PetitionArrivals}). The account that recorded it
     * ({@code by}, a username or null) is not told of its own act. One still to be routed ({@code unitId} null)
     * tells nobody here: Home Affairs hears of those together ({@link PetitionsToRoute}).
     */
    public void arrived(long petitionId, Long unitId, String how, String by) {
        if (unitId != null) {
            events.publishEvent(new PetitionArrived(petitionId, unitId, how + "-" + unitId, today(), by));
        }
    }

    /**
     * A recorded step: the petitioner hears of public status changes, the officer of an assignment, the
     * officers of the unit of a petition transferred or routed to it.
     */
    public void changed(Petition p, Petition.Step step) {
        if ("ASSIGN".equals(step.action()) && p.assigneeAccountId() != null) {
            events.publishEvent(new PetitionAssigned(p.id(), p.assigneeAccountId(), today()));
            return;
        }
        if (("TRANSFER".equals(step.action()) || "ROUTE".equals(step.action())) && p.unitId() != null) {
            arrived(p.id(), p.unitId(), step.action(), null);
        }
        if (!step.visibleToPublic() || !PUBLIC_CHANGES.contains(step.action())) {
            return;
        }
        // the answer is the petitioner's own; a step's note only when the officer made it public
        String note = "APPROVE_ANSWER".equals(step.action()) ? p.answer() : step.notePublic() ? step.note() : null;
        Object[] args = {p.code(), p.title(), date(p.answerDue()), unitName(p.unitId()), note == null ? "" : note,
                lookup(p)};
        mail(p, emailOf(p), "petition.notice.step." + step.action(), args);
        if (FOLLOWED_CHANGES.contains(step.action())) {
            tellFollowers(p, step.action());
        }
    }

    /** The original's petitioner hears that another citizen's petition now follows theirs. */
    public void merged(Petition original, Petition duplicate) {
        Object[] args = {original.code(), original.title(), duplicate.code(), lookup(original)};
        mail(original, emailOf(original), "petition.duplicates.mail.original", args);
    }

    /**
     * The petitioners whose petitions were merged into {@code p} (and into those, and so on) hear of
     * its answer, closing and reopening: the published answer only, never the private one, which was
     * written to the original's petitioner.
     */
    private void tellFollowers(Petition p, String action) {
        String key = "APPROVE_ANSWER".equals(action) && !p.published() ? "APPROVE_ANSWER_PRIVATE" : action;
        for (Petition follower : petitions.followersOf(p.id(), MergedPetitions.MAX_HOPS)) {
            Object[] args = {follower.code(), follower.title(), p.code(), unitName(p.unitId()),
                    p.published() && p.publicAnswer() != null ? p.publicAnswer() : "", lookup(follower)};
            mail(follower, emailOf(follower), "petition.notice.followed." + key, args);
        }
    }

    private String emailOf(Petition p) {
        return petitions.petitioner(p.id()).map(Petitioner::email).orElse(null);
    }

    /**
     * The officer now in charge, in the application and by e-mail, once per petition, officer and day of the
     * assignment (notify-once: the same event delivered twice tells nobody twice).
     */
    void assigned(Petition p, long accountId, LocalDate on) {
        Object[] args = {p.code(), p.title(), date(p.answerDue())};
        notices.notifyOnce(new NoticeKey(PetitionArrivals.TOPIC, p.id(), "ASSIGN-" + accountId, on),
                new NoticeLetter(List.of(accountId), messages.getMessage("petition.notice.assigned.title", args, VIETNAMESE),
                        messages.getMessage("petition.notice.assigned.body", args, VIETNAMESE), "/petitions/" + p.id()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DanVanTime.ZONE));
    }

    private void mail(Petition p, String email, String key, Object[] args) {
        if (email == null || email.isBlank()) {
            return;
        }
        String to = email.strip();
        if (to.length() > ADDRESS_MAX || !ADDRESS.matcher(to).matches()) {
            log.warn("Petition {}: the petitioner's e-mail address is not usable, no mail sent", p.code());
            return;
        }
        notifications.email(to, messages.getMessage(key + ".subject", args, VIETNAMESE),
                messages.getMessage(key + ".body", args, VIETNAMESE), p.code());
    }

    private String lookup(Petition p) {
        return baseUrl + "/portal/petitions/lookup?code=" + URLEncoder.encode(p.code(), StandardCharsets.UTF_8);
    }

    private String unitName(Long unitId) {
        return unitId == null ? "" : organisation.unit(unitId).map(UnitView::name).orElse("");
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DanVanTime.DATE.format(date);
    }
}
