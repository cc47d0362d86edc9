package vn.danvan.petition.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.imports.ImportCheck;
import vn.danvan.shared.imports.ImportFailedException;
import vn.danvan.shared.imports.ImportFileReader;
import vn.danvan.shared.imports.ImportProblem;
import vn.danvan.shared.imports.ImportResult;
import vn.danvan.shared.imports.ImportTable;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.petition.handling.Channel;
import vn.danvan.petition.handling.PetitionRepository;
import vn.danvan.petition.intake.PetitionIntake;
import vn.danvan.petition.intake.Receipt;
import vn.danvan.petition.intake.Submission;

/**
 * Staff import of petitions (nhập phản ánh, kiến nghị từ tệp) kept on paper or in another system:
 * every row is checked first; only when all pass is anything written, all in one transaction and
 * each row through {@link PetitionIntake} on channel {@link Channel#IMPORT}, so that each gets its
 * code, its due dates from its own reception day, its audit entry, and one failure rolls back the
 * whole file. Nothing of a row is logged: the cells carry petitioners' personal data.
 */
@Service
class PetitionImport {

    private static final Logger log = LoggerFactory.getLogger(PetitionImport.class);

    private final ImportFileReader reader;
    private final PetitionImportChecks checks;
    private final PetitionIntake intake;
    private final PetitionRepository petitions;
    private final OrganisationService organisation;
    private final OrganisationScope scope;
    private final Clock clock;

    PetitionImport(ImportFileReader reader, PetitionImportChecks checks, PetitionIntake intake,
            PetitionRepository petitions, OrganisationService organisation, OrganisationScope scope, Clock clock) {
        this.reader = reader;
        this.checks = checks;
        this.intake = intake;
        this.petitions = petitions;
        this.organisation = organisation;
        this.scope = scope;
        this.clock = clock;
    }

    /**
     * Imports the file for the signed-in officer, or nothing when any row is wrong. A file that
     * cannot be read at all is an {@link InvalidRequestException}; a row that fails while saving is
     * an {@link ImportFailedException}.
     */
    @Transactional
    ImportResult<ImportedPetition> importFile(String fileName, byte[] content) {
        return importFile(fileName, content, () -> { });
    }

    /** The same, calling {@code eachRow} after each row received (a background job's progress). */
    @Transactional
    ImportResult<ImportedPetition> importFile(String fileName, byte[] content, Runnable eachRow) {
        long start = System.nanoTime();
        String actor = scope.requireUser().username();
        ImportTable table = reader.read(fileName, content);
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.atZoneSameInstant(DanVanTime.ZONE).toLocalDate();
        ImportCheck<PetitionImportChecks.NewPetition> check = checks.check(table, petitions.categories(true),
                organisation.tree(), scope.visibleUnits(), today);
        List<ImportProblem> problems = check.passed() ? alreadyImported(check.toCreate()) : check.problems();
        ImportResult<ImportedPetition> result = problems.isEmpty() ? receive(fileName, check, actor, now, today, eachRow)
                : ImportResult.rejected(fileName, problems);
        log.info("Petition import: {} rows, {} imported, {} problems, {} ms", table.lines().size(),
                result.imported().size(), result.problems().size(), (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    /**
     * Rows that were imported before (the same title, content, unit and reception day as a petition
     * already received by import), so that a file uploaded twice does not give every petition twice.
     */
    private List<ImportProblem> alreadyImported(List<PetitionImportChecks.NewPetition> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        LocalDate first = rows.stream().map(PetitionImportChecks.NewPetition::receivedOn).min(LocalDate::compareTo)
                .orElseThrow();
        LocalDate last = rows.stream().map(PetitionImportChecks.NewPetition::receivedOn).max(LocalDate::compareTo)
                .orElseThrow();
        Map<String, String> earlier = new HashMap<>();
        for (PetitionRepository.Imported p : petitions.importedBetween(first.atStartOfDay(DanVanTime.ZONE)
                .toOffsetDateTime(), last.plusDays(1).atStartOfDay(DanVanTime.ZONE).toOffsetDateTime())) {
            earlier.putIfAbsent(sameness(p.title(), p.content(), p.unitId(),
                    p.receivedAt().atZoneSameInstant(DanVanTime.ZONE).toLocalDate()), p.code());
        }
        List<ImportProblem> problems = new ArrayList<>();
        for (PetitionImportChecks.NewPetition row : rows) {
            Submission s = row.submission();
            String code = earlier.get(sameness(VietnameseText.clean(s.title()), s.content().strip(), s.unitId(),
                    row.receivedOn()));
            if (code != null) {
                problems.add(ImportProblem.of(row.row(), null, "petition.import.error.alreadyImported", code));
            }
        }
        return problems;
    }

    private static String sameness(String title, String content, Long unitId, LocalDate receivedOn) {
        return title + "\u0000" + content + "\u0000" + unitId + "\u0000" + receivedOn;
    }

    private ImportResult<ImportedPetition> receive(String fileName, ImportCheck<PetitionImportChecks.NewPetition> check,
            String actor, OffsetDateTime now, LocalDate today, Runnable eachRow) {
        List<ImportedPetition> imported = new ArrayList<>(check.toCreate().size());
        for (PetitionImportChecks.NewPetition p : check.toCreate()) {
            // a petition of an earlier day has no known hour: it is dated at the start of that day
            OffsetDateTime receivedAt = p.receivedOn().equals(today) ? now
                    : p.receivedOn().atStartOfDay(DanVanTime.ZONE).toOffsetDateTime();
            Receipt receipt = ImportFailedException.saveRow(p.row(),
                    () -> intake.receive(p.submission(), Channel.IMPORT, actor, receivedAt));
            imported.add(new ImportedPetition(p.row(), receipt.id(), receipt.code(), p.submission().title(),
                    p.receivedOn(), receipt.answerDue()));
            eachRow.run();
        }
        return ImportResult.succeeded(fileName, imported);
    }
}
