package vn.danvan.organisation.people;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.organisation.PersonView;
import vn.danvan.organisation.UnitView;
import vn.danvan.organisation.units.UnitAdministration;
import vn.danvan.organisation.units.UnitRepository;

/** Adding people, changing their position, making one the head of their unit; each change audited. */
@Service
@Transactional
public class PersonAdministration {

    static final String ENTITY = "Person";

    private final PersonRepository people;
    private final UnitRepository units;
    private final UnitAdministration unitAdministration;
    private final AuditService audit;

    PersonAdministration(PersonRepository people, UnitRepository units, UnitAdministration unitAdministration,
            AuditService audit) {
        this.people = people;
        this.units = units;
        this.unitAdministration = unitAdministration;
        this.audit = audit;
    }

    public long create(PersonData data, boolean head) {
        requireActiveUnit(data.unitId());
        long id = people.insert(data);
        audit.created(ENTITY, id, data.unitId(), PersonRepository.auditFields(people.find(id).orElseThrow()));
        if (head) {
            unitAdministration.appointHead(data.unitId(), id);
        }
        return id;
    }

    public void update(long id, long version, PersonData data, boolean head) {
        PersonView before = require(id);
        if (before.unitId() != data.unitId()) {
            requireActiveUnit(data.unitId());
            units.find(before.unitId()).filter(u -> Long.valueOf(id).equals(u.headPersonId()))
                    .ifPresent(u -> unitAdministration.appointHead(u.id(), null));
        }
        people.update(id, version, data);
        audit.updated(ENTITY, id, data.unitId(), PersonRepository.auditFields(before),
                PersonRepository.auditFields(people.find(id).orElseThrow()));
        UnitView unit = units.find(data.unitId()).orElseThrow();
        boolean isHead = Long.valueOf(id).equals(unit.headPersonId());
        if (head != isHead) {
            unitAdministration.appointHead(unit.id(), head ? id : null);
        }
    }

    PersonView require(long id) {
        return people.find(id).orElseThrow(() -> new NotFoundException("person", id));
    }

    private void requireActiveUnit(long unitId) {
        UnitView unit = units.find(unitId)
                .orElseThrow(() -> InvalidRequestException.onField("unitId", "person.error.unitMissing"));
        if (unit.retired()) {
            throw InvalidRequestException.onField("unitId", "person.error.unitRetired");
        }
    }
}
