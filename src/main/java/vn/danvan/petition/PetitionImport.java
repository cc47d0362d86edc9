package vn.danvan.petition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

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
import vn.danvan.shared.imports.ImportResult;
import vn.danvan.shared.imports.ImportTable;
import vn.danvan.shared.web.InvalidRequestException;

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
        long start = System.nanoTime();
        String actor = scope.requireUser().username();
        ImportTable table = reader.read(fileName, content);
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.atZoneSameInstant(DanVanTime.ZONE).toLocalDate();
        ImportCheck<PetitionImportChecks.NewPetition> check = checks.check(table, petitions.categories(true),
                organisation.tree(), scope.visibleUnits(), today);
        ImportResult<ImportedPetition> result = check.passed() ? receive(fileName, check, actor, now, today)
                : ImportResult.rejected(fileName, check.problems());
        log.info("Petition import: {} rows, {} imported, {} problems, {} ms", table.lines().size(),
                result.imported().size(), result.problems().size(), (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    private ImportResult<ImportedPetition> receive(String fileName, ImportCheck<PetitionImportChecks.NewPetition> check,
            String actor, OffsetDateTime now, LocalDate today) {
        List<ImportedPetition> imported = new ArrayList<>(check.toCreate().size());
        for (PetitionImportChecks.NewPetition p : check.toCreate()) {
            // a petition of an earlier day has no known hour: it is dated at the start of that day
            OffsetDateTime receivedAt = p.receivedOn().equals(today) ? now
                    : p.receivedOn().atStartOfDay(DanVanTime.ZONE).toOffsetDateTime();
            Receipt receipt = ImportFailedException.saveRow(p.row(),
                    () -> intake.receive(p.submission(), Channel.IMPORT, actor, receivedAt));
            imported.add(new ImportedPetition(p.row(), receipt.id(), receipt.code(), p.submission().title(),
                    p.receivedOn(), receipt.answerDue()));
        }
        return ImportResult.succeeded(fileName, imported);
    }
}
