package vn.danvan.organisation.units;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.organisation.UnitView;

/** Creating, editing, moving and retiring units: the rules of the tree, each change audited. */
@Service
@Transactional
public class UnitAdministration {

    static final String ENTITY = "Unit";

    private final UnitRepository units;
    private final AuditService audit;

    UnitAdministration(UnitRepository units, AuditService audit) {
        this.units = units;
        this.audit = audit;
    }

    public long create(UnitData data) {
        checkCodeFree(data.code(), null);
        if (data.parentId() != null) {
            requireActiveParent(data.parentId());
        }
        long id;
        try {
            id = units.insert(data);
        } catch (DuplicateKeyException e) {
            throw InvalidRequestException.onField("code", "unit.error.codeTaken", data.code());
        }
        audit.created(ENTITY, id, id, UnitRepository.auditFields(units.find(id).orElseThrow()));
        return id;
    }

    void update(long id, long version, UnitData data) {
        UnitView before = require(id);
        checkCodeFree(data.code(), id);
        if (data.parentId() != null && !data.parentId().equals(before.parentId())) {
            requireActiveParent(data.parentId());
            if (units.subtree(id).contains(data.parentId())) {
                throw InvalidRequestException.onField("parentId", "unit.error.cycle");
            }
        }
        units.update(id, version, data);
        audit.updated(ENTITY, id, id, UnitRepository.auditFields(before),
                UnitRepository.auditFields(units.find(id).orElseThrow()));
    }

    public void retire(long id, long version, String reason) {
        UnitView before = require(id);
        if (before.retired()) {
            throw new InvalidRequestException("unit.error.alreadyRetired");
        }
        boolean activeChild = units.tree().stream()
                .anyMatch(u -> Long.valueOf(id).equals(u.parentId()) && !u.retired());
        if (activeChild) {
            throw new InvalidRequestException("unit.error.activeChildren");
        }
        units.retire(id, version, reason);
        audit.retired(ENTITY, id, id, UnitRepository.auditFields(before),
                UnitRepository.auditFields(units.find(id).orElseThrow()));
    }

    void reactivate(long id, long version) {
        UnitView before = require(id);
        units.reactivate(id, version);
        audit.updated(ENTITY, id, id, UnitRepository.auditFields(before),
                UnitRepository.auditFields(units.find(id).orElseThrow()));
    }

    public void appointHead(long unitId, Long personId) {
        UnitView before = require(unitId);
        units.setHead(unitId, personId);
        audit.updated(ENTITY, unitId, unitId, UnitRepository.auditFields(before),
                UnitRepository.auditFields(units.find(unitId).orElseThrow()));
    }

    private UnitView require(long id) {
        return units.find(id).orElseThrow(() -> new NotFoundException("unit", id));
    }

    private void requireActiveParent(long parentId) {
        UnitView parent = units.find(parentId)
                .orElseThrow(() -> InvalidRequestException.onField("parentId", "unit.error.parentMissing"));
        if (parent.retired()) {
            throw InvalidRequestException.onField("parentId", "unit.error.parentRetired");
        }
    }

    private void checkCodeFree(String code, Long self) {
        units.findByCode(code).filter(u -> !Long.valueOf(u.id()).equals(self)).ifPresent(u -> {
            throw InvalidRequestException.onField("code", "unit.error.codeTaken", code);
        });
    }
}
