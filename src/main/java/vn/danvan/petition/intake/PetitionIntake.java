package vn.danvan.petition.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.springframework.web.multipart.MultipartFile;

import vn.danvan.attachment.AttachmentService;
import vn.danvan.attachment.PendingAttachments;
import vn.danvan.audit.AuditService;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.legal.LegalRule;
import vn.danvan.legal.LegalRules;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.text.TypedText;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.petition.deadlines.PetitionNotices;
import vn.danvan.petition.handling.CategoryView;
import vn.danvan.petition.handling.Channel;
import vn.danvan.petition.handling.Petition;
import vn.danvan.petition.handling.PetitionRepository;
import vn.danvan.petition.handling.Petitioner;

/**
 * Receives petitions from every channel: gives the tracking code and computes the due dates from
 * the working-day calendar (the day of receipt is not counted).
 */
@Service
public class PetitionIntake {

    public static final String ENTITY = "Petition";

    private final PetitionRepository petitions;
    private final TrackingCodes codes;
    private final WorkingCalendar calendar;
    private final OrganisationService organisation;
    private final AuditService audit;
    private final AttachmentService attachments;
    private final PendingAttachments pending;
    private final PetitionNotices notices;
    private final LegalRules legalRules;
    private final Clock clock;

    PetitionIntake(PetitionRepository petitions, TrackingCodes codes, WorkingCalendar calendar,
            OrganisationService organisation, AuditService audit, AttachmentService attachments,
            PendingAttachments pending, PetitionNotices notices, LegalRules legalRules, Clock clock) {
        this.pending = pending;
        this.legalRules = legalRules;
        this.attachments = attachments;
        this.notices = notices;
        this.petitions = petitions;
        this.codes = codes;
        this.calendar = calendar;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Receives a petition with its attachments in one transaction: a refused file leaves nothing
     * stored, neither the petition nor any file.
     */
    @Transactional
    public Receipt receiveWithFiles(Submission s, Channel channel, String actor) {
        return receiveWithFiles(s, channel, actor, null);
    }

    /**
     * As {@link #receiveWithFiles(Submission, Channel, String)}, with the files kept from the form's earlier tries
     * ({@link PendingAttachments}, under {@code heldToken}) attached as well.
     */
    @Transactional
    public Receipt receiveWithFiles(Submission s, Channel channel, String actor, String heldToken) {
        List<MultipartFile> files = s.files();
        boolean repeated = s.submissionKey() != null
                && petitions.codeForSubmission(CitizenKeys.submissionHash(s.submissionKey())).isPresent();
        Receipt receipt = receive(s, channel, actor);
        if (!repeated) {
            if (files != null) {
                attachments.store(ENTITY, receipt.id(), s.unitId(), files);
            }
            pending.claim(heldToken, ENTITY, receipt.id(), s.unitId());
        }
        return receipt;
    }

    /** Receives a petition now; the same submission key twice gives the first receipt back. */
    @Transactional
    public Receipt receive(Submission s, Channel channel, String actor) {
        return receive(s, channel, actor, OffsetDateTime.now(clock));
    }

    /**
     * Receives a petition that reached the unit at {@code receivedAt}, now or earlier (a register
     * kept on paper, imported): the due dates count from that day. The petitioner gets the receipt
     * by e-mail only for a petition received today; for an earlier one it would come late, with
     * dates that may have passed.
     */
    @Transactional
    public Receipt receive(Submission s, Channel channel, String actor, OffsetDateTime receivedAt) {
        String submission = CitizenKeys.submissionHash(s.submissionKey());
        String citizenKey = CitizenKeys.forSubmission(s.submissionKey());
        if (submission != null) {
            Optional<Receipt> earlier = petitions.codeForSubmission(submission)
                    .flatMap(petitions::findByCode).map(p -> receipt(p, citizenKey));
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        CategoryView category = petitions.category(s.categoryId()).filter(CategoryView::active)
                .orElseThrow(() -> InvalidRequestException.onField("categoryId", "petition.error.category"));
        if (s.unitId() != null) {
            UnitView unit = organisation.unit(s.unitId())
                    .orElseThrow(() -> InvalidRequestException.onField("unitId", "petition.error.unit"));
            if (unit.retired()) {
                throw InvalidRequestException.onField("unitId", "petition.error.unit");
            }
        }
        if (s.missingCoordinate() != null) {
            throw InvalidRequestException.onField(s.missingCoordinate(), "petition.error.locationBoth");
        }
        LocalDate receivedOn = receivedAt.atZoneSameInstant(DanVanTime.ZONE).toLocalDate();
        LocalDate acceptanceDue = calendar.addWorkingDays(receivedOn,
                legalRules.workingDays(LegalRule.PETITION_ACCEPTANCE, receivedOn));
        LocalDate answerDue = calendar.addCalendarDays(receivedOn, category.answerDays());
        Petition p = Petition.received(codes.next(), s.kind(), category.id(), channel, VietnameseText.clean(s.title()),
                s.content().strip(), VietnameseText.clean(s.place()), s.unitId(), receivedAt, acceptanceDue, answerDue)
                .withLocation(s.location());
        long id;
        try {
            id = petitions.insert(p, submission, CitizenKeys.hash(citizenKey), actor);
        } catch (DuplicateKeyException e) {
            // the same form posted twice at the same moment: the other request stored it
            return petitions.codeForSubmission(submission).flatMap(petitions::findByCode)
                    .map(earlier -> receipt(earlier, citizenKey)).orElseThrow(() -> e);
        }
        petitions.insertPetitioner(id, new Petitioner(VietnameseText.clean(s.fullName()), TypedText.of(s.phone()),
                TypedText.of(s.email()), VietnameseText.clean(s.address()),
                Boolean.TRUE.equals(s.consent()) ? receivedAt : null));
        if (!receivedOn.isBefore(LocalDate.now(clock.withZone(DanVanTime.ZONE)))) {
            notices.received(p, s.email(), citizenKey);
            notices.arrived(id, s.unitId(), "NEW", actor);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", p.code());
        fields.put("channel", channel);
        fields.put("categoryId", category.id());
        fields.put("unitId", s.unitId());
        if (p.location() != null) {
            fields.put("latitude", p.location().latitude());
            fields.put("longitude", p.location().longitude());
        }
        fields.put("status", p.status());
        fields.put("answerDue", answerDue);
        audit.createdBy(actor, ENTITY, id, s.unitId(), fields);
        return new Receipt(id, p.code(), citizenKey, acceptanceDue, answerDue);
    }

    private static Receipt receipt(Petition p, String citizenKey) {
        return new Receipt(p.id(), p.code(), citizenKey, p.acceptanceDue(), p.answerDue());
    }
}
