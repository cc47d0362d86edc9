package vn.danvan.petition;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.organisation.OrganisationService;
import vn.danvan.petition.handling.CategoryView;
import vn.danvan.petition.handling.Petition;
import vn.danvan.petition.handling.PetitionRepository;
import vn.danvan.petition.handling.PetitionStatus;

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

    /**
     * A petition by its tracking code (any letter case) or its id, whatever its unit, as a case file of
     * another module refers to it: id, code, category code, unit and the staff page's path; never the
     * petitioner, the title or the content. The caller checks its own access rules first.
     */
    public Optional<PetitionCaseReference> forCase(String codeOrId) {
        if (codeOrId == null || codeOrId.isBlank()) {
            return Optional.empty();
        }
        String typed = codeOrId.strip();
        Optional<Petition> found = petitions.findByCode(typed.toUpperCase(Locale.ROOT));
        if (found.isEmpty() && typed.chars().allMatch(Character::isDigit) && typed.length() < 18) {
            found = petitions.find(Long.parseLong(typed));
        }
        return found.map(p -> new PetitionCaseReference(p.id(), p.code(),
                petitions.category(p.categoryId()).map(CategoryView::code).orElse(null), p.unitId(),
                "/petitions/" + p.id()));
    }

    /** A petition as a case file cites it: no petitioner data, no title, no content. */
    public record PetitionCaseReference(long id, String code, String categoryCode, Long unitId, String link) {
    }

    /** A petition as another module cites it: its code, title, unit, status and the staff page's path. */
    public record PetitionReference(long id, String code, String title, long unitId, PetitionStatus status,
            String link) {
    }
}
