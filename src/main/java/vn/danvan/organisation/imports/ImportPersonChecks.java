package vn.danvan.organisation.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import vn.danvan.shared.imports.ImportCheck;
import vn.danvan.shared.imports.ImportHeader;
import vn.danvan.shared.imports.ImportProblem;
import vn.danvan.shared.imports.ImportRow;
import vn.danvan.shared.imports.ImportTable;
import vn.danvan.organisation.UnitView;
import vn.danvan.organisation.people.PersonData;

/**
 * The rules of a people file, row by row: a name, an active unit found by its code, a well-formed
 * e-mail address, and at most one row marked as the head of each unit.
 */
@Component
public class ImportPersonChecks {

    /** A person to create, and whether they become the head of their unit. */
    public record NewPerson(int row, PersonData data, boolean head) {
    }

    public ImportCheck<NewPerson> check(ImportTable table, Collection<UnitView> existing) {
        ImportHeader header = ImportHeader.locate(ImportKind.PEOPLE.columns(), table.header());
        Map<String, UnitView> unitsByCode = ImportUnitChecks.byCode(existing);
        List<ImportProblem> problems = new ArrayList<>();
        List<NewPerson> people = new ArrayList<>();
        Map<Long, Integer> headRows = new HashMap<>();
        for (ImportTable.Line line : table.lines()) {
            var row = new ImportRow(line, header, problems);
            String name = row.required(OrganisationColumn.PERSON_NAME, 200);
            String title = row.optional(OrganisationColumn.PERSON_TITLE, 200);
            String unitCode = row.required(OrganisationColumn.PERSON_UNIT, Integer.MAX_VALUE);
            UnitView unit = unitCode == null ? null : unitsByCode.get(ImportUnitChecks.codeKey(unitCode));
            if (unitCode != null && unit == null) {
                row.problem(OrganisationColumn.PERSON_UNIT, "import.error.unitUnknown", unitCode);
            } else if (unit != null && unit.retired()) {
                row.problem(OrganisationColumn.PERSON_UNIT, "person.error.unitRetired");
            }
            String email = row.email(OrganisationColumn.PERSON_EMAIL);
            String phone = row.optional(OrganisationColumn.PERSON_PHONE, 50);
            boolean head = row.flag(OrganisationColumn.PERSON_HEAD);
            if (head && unit != null) {
                Integer first = headRows.putIfAbsent(unit.id(), row.number());
                if (first != null) {
                    row.problem(OrganisationColumn.PERSON_HEAD, "import.error.headRepeated", unit.code(),
                            String.valueOf(first));
                }
            }
            if (!row.faulty()) {
                people.add(new NewPerson(row.number(), new PersonData(name, title, unit.id(), email, phone), head));
            }
        }
        return ImportCheck.of(people, problems, header);
    }
}
