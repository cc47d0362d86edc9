package vn.danvan.petition;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.shared.web.NotFoundException;

/** What the petitioner does with the tracking code alone: rate the answer, ask to reopen it. */
@Service
@Transactional
class CitizenFeedback {

    private final PetitionRepository petitions;
    private final AuditService audit;
    private final Clock clock;

    CitizenFeedback(PetitionRepository petitions, AuditService audit, Clock clock) {
        this.petitions = petitions;
        this.audit = audit;
        this.clock = clock;
    }

    void rate(String code, int stars, String comment) {
        Petition p = byCode(code);
        p.rate(stars, comment, OffsetDateTime.now(clock));
        petitions.save(p, PublicPetitionController.CITIZEN);
        audit.updated(PetitionIntake.ENTITY, p.id(), p.unitId(), Map.of("rating", "null"), Map.of("rating", stars));
    }

    void requestReopen(String code, String reason) {
        Petition p = byCode(code);
        PetitionStatus before = p.status();
        p.requestReopen(reason, OffsetDateTime.now(clock));
        petitions.save(p, PublicPetitionController.CITIZEN);
        audit.updated(PetitionIntake.ENTITY, p.id(), p.unitId(), Map.of("status", before),
                Map.of("status", p.status()));
    }

    private Petition byCode(String code) {
        String normalised = TrackingCodes.normalise(code);
        return petitions.findByCode(normalised).orElseThrow(() -> new NotFoundException("petition", normalised));
    }
}
