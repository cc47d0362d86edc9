package vn.danvan.dossier;

import org.springframework.stereotype.Component;

import vn.danvan.jobs.LongWork;
import vn.danvan.jobs.LongWorkHandler;
import vn.danvan.jobs.LongWorkProgress;
import vn.danvan.jobs.LongWorkResult;
import vn.danvan.jobs.RowReport;

/**
 * A dossier-book import of more rows than the import threshold, run in the background: the same import as at
 * the upload, all rows in the one transaction that also records the job done, so that it runs again from the
 * start after a node's death and never twice once done.
 */
@Component
class DossierImportJob implements LongWorkHandler {

    static final String KIND = "dossier-import";

    private final DossierImport imports;

    DossierImportJob(DossierImport imports) {
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
                d -> new RowReport.Accepted(d.row(), d.code() + " – " + d.procedureName(), "/dossiers/" + d.id())));
    }
}
