package vn.danvan.petition;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.organisation.OrganisationService;

/**
 * What other modules may ask of petitions: a petition by its tracking code, as a reference to cite
 * (plan evidence, report figures), without the petitioner's data.
 */
@Service
@Transactional(readOnly = true)
public class PetitionLookup {

    private final PetitionRepository petitions;
    private final OrganisationService organisation;

    PetitionLookup(PetitionRepository petitions, OrganisationService organisation) {
        this.petitions = petitions;
        this.organisation = organisation;
    }

    /**
     * The petition with the tracking code (any letter case) when it belongs to the unit or to a
     * unit under it; empty when there is none or it belongs elsewhere.
     */
    public Optional<PetitionReference> findForUnit(long unitId, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return petitions.findByCode(code.strip().toUpperCase(Locale.ROOT))
                .filter(p -> p.unitId() != null && organisation.branch(unitId).contains(p.unitId()))
                .map(p -> new PetitionReference(p.id(), p.code(), p.title(), p.unitId(), p.status(),
                        "/petitions/" + p.id()));
    }

    /** A petition as another module cites it: its code, title, unit, status and the staff page's path. */
    public record PetitionReference(long id, String code, String title, long unitId, PetitionStatus status,
            String link) {
    }
}
