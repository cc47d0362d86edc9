package vn.danvan.petition.imports;

import org.springframework.stereotype.Component;

import vn.danvan.jobs.LongWork;
import vn.danvan.jobs.LongWorkHandler;
import vn.danvan.jobs.LongWorkProgress;
import vn.danvan.jobs.LongWorkResult;
import vn.danvan.jobs.RowReport;

/**
 * A petition import of more rows than the import threshold, run in the background: the same import as at the
 * upload (checked whole, then all rows in one transaction, which also records the job done), so that after a
 * node's death nothing of it is left and it runs again from the start; once done it never runs again.
 */
@Component
class PetitionImportJob implements LongWorkHandler {

    static final String KIND = "petition-import";

    private final PetitionImport imports;

    PetitionImportJob(PetitionImport imports) {
        this.imports = imports;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public LongWorkResult run(LongWork work, LongWorkProgress progress) {
        return LongWorkResult.report(RowReport.importing(work.inputName(),
                () -> imports.importFile(work.inputName(), work.input(), progress::step),
                i -> new RowReport.Accepted(i.row(), i.code() + " – " + i.title(), "/petitions/" + i.id())));
    }
}
