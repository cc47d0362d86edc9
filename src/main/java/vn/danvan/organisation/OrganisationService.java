package vn.danvan.organisation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of the organisation: units, the tree and branches of it. */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    private final UnitRepository units;

    OrganisationService(UnitRepository units) {
        this.units = units;
    }

    public Optional<UnitView> unit(long id) {
        return units.find(id);
    }

    public Optional<UnitView> unitByCode(String code) {
        return units.findByCode(code);
    }

    /** Every unit in tree order with its depth, retired ones included. */
    public List<UnitView> tree() {
        return units.tree();
    }

    /** Units that are not retired, in tree order: what a selection list offers. */
    public List<UnitView> activeUnits() {
        return units.tree().stream().filter(u -> !u.retired()).toList();
    }

    /** The unit and every unit under it. */
    public Set<Long> branch(long unitId) {
        return units.subtree(unitId);
    }
}
