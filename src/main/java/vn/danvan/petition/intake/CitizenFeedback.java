package vn.danvan.petition.intake;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.petition.handling.Petition;
import vn.danvan.petition.handling.PetitionRepository;
import vn.danvan.petition.handling.PetitionStatus;

/**
 * What the petitioner does with the tracking code and the citizen key ({@link CitizenKeys}): read the
 * answer written to them, rate it, ask to reopen it. The code alone, which the public lookup and the
 * Open311 listing show, is never enough.
 */
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

    /** The petition of this code, when {@code key} is its citizen key; the problem on the key field otherwise. */
    @Transactional(readOnly = true)
    Petition owned(String code, String key) {
        Petition p = byCode(code);
        if (!petitions.hasCitizenKey(p.id(), key)) {
            throw InvalidRequestException.onField("key", petitions.hasAnyCitizenKey(p.id())
                    ? "petition.error.citizenKey" : "petition.error.noCitizenKey");
        }
        return p;
    }

    void rate(String code, String key, int stars, String comment) {
        Petition p = owned(code, key);
        p.rate(stars, comment, OffsetDateTime.now(clock));
        petitions.save(p, PublicPetitionController.CITIZEN);
        audit.updated(PetitionIntake.ENTITY, p.id(), p.unitId(), Map.of("rating", "null"), Map.of("rating", stars));
    }

    void requestReopen(String code, String key, String reason) {
        Petition p = owned(code, key);
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
