package vn.danvan.petition.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.danvan.organisation.OrganisationScope.UnitFilter;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.imports.ImportCheck;
import vn.danvan.shared.imports.ImportHeader;
import vn.danvan.shared.imports.ImportProblem;
import vn.danvan.shared.imports.ImportRow;
import vn.danvan.shared.imports.ImportTable;
import vn.danvan.petition.handling.CategoryView;
import vn.danvan.petition.handling.Channel;
import vn.danvan.petition.handling.PetitionKind;
import vn.danvan.petition.intake.Submission;

/**
 * The rules of a petitions file, row by row: a known kind, a category of the active catalogue, a
 * unit (if any) that exists, is active and lies in the importing officer's scope, the lengths and
 * e-mail check of the intake form, and a reception date neither in the future nor before 2000.
 */
@Component
class PetitionImportChecks {

    /** The earliest reception date a file may give. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final Map<String, PetitionKind> kinds = new HashMap<>();

    /** Kinds are recognised by their Vietnamese and English labels and by their enum name. */
    PetitionImportChecks(MessageSource messages) {
        for (PetitionKind kind : PetitionKind.values()) {
            kinds.put(ImportHeader.key(kind.name()), kind);
            for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
                String label = messages.getMessage(kind.messageKey(), null, null, locale);
                if (label != null) {
                    kinds.putIfAbsent(ImportHeader.key(label), kind);
                }
            }
        }
    }

    /** A petition to receive, on the day the file says (today when it says none). */
    record NewPetition(int row, Submission submission, LocalDate receivedOn) {
    }

    /**
     * Checks every row against the active categories, all units (retired ones included, to name
     * them) and the importing officer's scope; {@code today} in Vietnam's time.
     */
    ImportCheck<NewPetition> check(ImportTable table, Collection<CategoryView> activeCategories,
            Collection<UnitView> units, UnitFilter scope, LocalDate today) {
        ImportHeader header = ImportHeader.locate(PetitionColumn.all(), table.header());
        Map<String, CategoryView> categories = activeCategories.stream().filter(CategoryView::active)
                .collect(Collectors.toMap(c -> ImportHeader.key(c.name()), c -> c, (a, b) -> a));
        Map<String, UnitView> unitsByCode = units.stream()
                .collect(Collectors.toMap(u -> u.code().toUpperCase(Locale.ROOT), u -> u, (a, b) -> a));
        List<ImportProblem> problems = new ArrayList<>();
        List<NewPetition> petitions = new ArrayList<>();
        for (ImportTable.Line line : table.lines()) {
            var row = new ImportRow(line, header, problems);
            PetitionKind kind = kind(row);
            CategoryView category = category(row, categories);
            UnitView unit = unit(row, unitsByCode, scope);
            String title = row.required(PetitionColumn.TITLE, 300);
            String content = row.requiredParagraphs(PetitionColumn.CONTENT, 10_000);
            String place = row.optional(PetitionColumn.PLACE, 500);
            LocalDate receivedOn = receivedOn(row, today);
            String fullName = row.optional(PetitionColumn.FULL_NAME, 200);
            String phone = row.optional(PetitionColumn.PHONE, 50);
            String email = row.email(PetitionColumn.EMAIL);
            String address = row.optional(PetitionColumn.ADDRESS, 500);
            if (!row.faulty()) {
                petitions.add(new NewPetition(row.number(), new Submission(kind, category.id(),
                        unit == null ? null : unit.id(), title, content, place, null, null, fullName, phone, email, address, false,
                        Channel.IMPORT, null, java.util.List.of()), receivedOn));
            }
        }
        return ImportCheck.of(petitions, problems, header);
    }

    private PetitionKind kind(ImportRow row) {
        String text = row.required(PetitionColumn.KIND, Integer.MAX_VALUE);
        PetitionKind kind = text == null ? null : kinds.get(ImportHeader.key(text));
        if (text != null && kind == null) {
            row.problem(PetitionColumn.KIND, "petition.import.error.kind", text);
        }
        return kind;
    }

    private static CategoryView category(ImportRow row, Map<String, CategoryView> categories) {
        String text = row.required(PetitionColumn.CATEGORY, Integer.MAX_VALUE);
        CategoryView category = text == null ? null : categories.get(ImportHeader.key(text));
        if (text != null && category == null) {
            row.problem(PetitionColumn.CATEGORY, "petition.import.error.category", text);
        }
        return category;
    }

    /** The unit the petition is for; none (a blank cell) leaves it to Home Affairs to route. */
    private static UnitView unit(ImportRow row, Map<String, UnitView> unitsByCode, UnitFilter scope) {
        String code = row.optional(PetitionColumn.UNIT, Integer.MAX_VALUE);
        if (code == null) {
            return null;
        }
        UnitView unit = unitsByCode.get(code.toUpperCase(Locale.ROOT));
        if (unit == null) {
            row.problem(PetitionColumn.UNIT, "import.error.unitUnknown", code);
        } else if (unit.retired()) {
            row.problem(PetitionColumn.UNIT, "petition.import.error.unitRetired", unit.code());
        } else if (!scope.includes(unit.id())) {
            row.problem(PetitionColumn.UNIT, "petition.import.error.unitScope", unit.code());
        }
        return unit;
    }

    private static LocalDate receivedOn(ImportRow row, LocalDate today) {
        LocalDate date = row.date(PetitionColumn.RECEIVED_ON);
        if (date == null) {
            return today;
        }
        if (date.isAfter(today)) {
            row.problem(PetitionColumn.RECEIVED_ON, "petition.import.error.future", DanVanTime.DATE.format(date));
        } else if (date.isBefore(EARLIEST)) {
            row.problem(PetitionColumn.RECEIVED_ON, "petition.import.error.tooEarly", DanVanTime.DATE.format(date),
                    DanVanTime.DATE.format(EARLIEST));
        }
        return date;
    }
}
