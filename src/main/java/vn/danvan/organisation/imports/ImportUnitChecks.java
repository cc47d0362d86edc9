package vn.danvan.organisation.imports;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.danvan.shared.imports.ImportCheck;
import vn.danvan.shared.imports.ImportHeader;
import vn.danvan.shared.imports.ImportProblem;
import vn.danvan.shared.imports.ImportRow;
import vn.danvan.shared.imports.ImportTable;
import vn.danvan.organisation.UnitKind;
import vn.danvan.organisation.UnitView;
import vn.danvan.organisation.units.UnitData;

/**
 * The rules of a units file, row by row and across rows: codes unique in the file and unused in
 * the database, a known kind, a parent that is an active unit or another row of the file (above or
 * below), and no cycle among the rows. Passing rows come out parents first.
 */
@Component
public class ImportUnitChecks {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]+");
    private static final int CODE_LENGTH = 30;

    private final Map<String, UnitKind> kinds = new HashMap<>();

    /** Kinds are recognised by their enum name and by their Vietnamese and English labels. */
    public ImportUnitChecks(MessageSource messages) {
        for (UnitKind kind : UnitKind.values()) {
            kinds.put(ImportHeader.key(kind.name()), kind);
            for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
                String label = messages.getMessage(kind.messageKey(), null, null, locale);
                if (label != null) {
                    kinds.putIfAbsent(ImportHeader.key(label), kind);
                }
            }
        }
    }

    /** A unit to create; its parent is an existing unit ({@code data.parentId()}) or a row of the file. */
    public record NewUnit(int row, UnitData data, String parentCodeInFile) {
    }

    public ImportCheck<NewUnit> check(ImportTable table, Collection<UnitView> existing) {
        ImportHeader header = ImportHeader.locate(ImportKind.UNITS.columns(), table.header());
        Map<String, UnitView> existingByCode = byCode(existing);
        List<ImportProblem> problems = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        Map<String, Candidate> byCode = new LinkedHashMap<>();
        for (ImportTable.Line line : table.lines()) {
            Candidate candidate = read(new ImportRow(line, header, problems));
            candidates.add(candidate);
            if (candidate.code != null) {
                Candidate first = byCode.putIfAbsent(candidate.code, candidate);
                if (first != null) {
                    candidate.row.problem(OrganisationColumn.UNIT_CODE, "import.error.codeRepeated", candidate.code,
                            String.valueOf(first.row.number()));
                } else if (existingByCode.containsKey(candidate.code)) {
                    candidate.row.problem(OrganisationColumn.UNIT_CODE, "unit.error.codeTaken", candidate.code);
                }
            }
        }
        for (Candidate candidate : candidates) {
            checkParent(candidate, byCode, existingByCode);
        }
        reportCycles(byCode);
        return ImportCheck.of(parentsFirst(candidates, byCode, existingByCode), problems, header);
    }

    /** Unit codes are kept in upper case (as the unit form does), so a file may write them in any case. */
    static String codeKey(String code) {
        return code.toUpperCase(Locale.ROOT);
    }

    static Map<String, UnitView> byCode(Collection<UnitView> units) {
        return units.stream().collect(Collectors.toMap(u -> codeKey(u.code()), u -> u, (a, b) -> a));
    }

    private Candidate read(ImportRow row) {
        var c = new Candidate(row);
        String code = row.required(OrganisationColumn.UNIT_CODE, CODE_LENGTH);
        if (code != null && !CODE.matcher(code).matches()) {
            row.problem(OrganisationColumn.UNIT_CODE, "unit.error.codeFormat");
        } else if (code != null && code.length() <= CODE_LENGTH) {
            c.code = codeKey(code);
        }
        c.name = row.required(OrganisationColumn.UNIT_NAME, 255);
        String kind = row.required(OrganisationColumn.UNIT_KIND, Integer.MAX_VALUE);
        if (kind != null) {
            c.kind = kinds.get(ImportHeader.key(kind));
            if (c.kind == null) {
                row.problem(OrganisationColumn.UNIT_KIND, "import.error.unknownKind", kind);
            }
        }
        String parent = row.optional(OrganisationColumn.UNIT_PARENT, Integer.MAX_VALUE);
        c.parentCode = parent == null ? null : codeKey(parent);
        c.address = row.optional(OrganisationColumn.UNIT_ADDRESS, 500);
        c.phone = row.optional(OrganisationColumn.UNIT_PHONE, 50);
        c.email = row.email(OrganisationColumn.UNIT_EMAIL);
        return c;
    }

    private static void checkParent(Candidate c, Map<String, Candidate> byCode, Map<String, UnitView> existing) {
        if (c.parentCode == null || byCode.containsKey(c.parentCode)) {
            return;
        }
        UnitView parent = existing.get(c.parentCode);
        if (parent == null) {
            c.row.problem(OrganisationColumn.UNIT_PARENT, "import.error.parentUnknown", c.parentCode);
        } else if (parent.retired()) {
            c.row.problem(OrganisationColumn.UNIT_PARENT, "unit.error.parentRetired");
        }
    }

    /** Each row of a loop of parents in the file (A under B under A, or A under itself) is reported. */
    private static void reportCycles(Map<String, Candidate> byCode) {
        Set<String> done = new HashSet<>();
        for (String start : byCode.keySet()) {
            List<String> path = new ArrayList<>();
            Set<String> onPath = new HashSet<>();
            String code = start;
            while (code != null && !done.contains(code) && byCode.containsKey(code) && onPath.add(code)) {
                path.add(code);
                code = byCode.get(code).parentCode;
            }
            if (code != null && onPath.contains(code)) {
                List<String> loop = new ArrayList<>(path.subList(path.indexOf(code), path.size()));
                loop.add(code);
                String chain = String.join(" → ", loop);
                for (String member : loop.subList(0, loop.size() - 1)) {
                    byCode.get(member).row.problem(OrganisationColumn.UNIT_PARENT, "import.error.cycle", chain);
                }
            }
            done.addAll(path);
        }
    }

    /** The rows in an order where each parent in the file comes before its children; empty when any row is wrong. */
    private static List<NewUnit> parentsFirst(List<Candidate> candidates, Map<String, Candidate> byCode,
            Map<String, UnitView> existing) {
        if (candidates.stream().anyMatch(c -> c.row.faulty())) {
            return List.of();
        }
        List<NewUnit> ordered = new ArrayList<>(candidates.size());
        Set<String> emitted = new HashSet<>();
        for (Candidate candidate : candidates) {
            Deque<Candidate> chain = new ArrayDeque<>();
            for (Candidate c = candidate; c != null && !emitted.contains(c.code); c = byCode.get(c.parentCode)) {
                chain.push(c);
            }
            for (Candidate c : chain) {
                emitted.add(c.code);
                ordered.add(c.toNewUnit(byCode, existing));
            }
        }
        return ordered;
    }

    /** A row as read, before it is known whether it passes. */
    private static final class Candidate {

        final ImportRow row;
        String code;
        String name;
        UnitKind kind;
        String parentCode;
        String address;
        String phone;
        String email;

        Candidate(ImportRow row) {
            this.row = row;
        }

        NewUnit toNewUnit(Map<String, Candidate> byCode, Map<String, UnitView> existing) {
            boolean parentInFile = parentCode != null && byCode.containsKey(parentCode);
            Long parentId = parentCode == null || parentInFile ? null : existing.get(parentCode).id();
            return new NewUnit(row.number(), new UnitData(code, name, kind, parentId, address, phone, email),
                    parentInFile ? parentCode : null);
        }
    }
}
