package vn.danvan.organisation.imports;

import org.springframework.stereotype.Component;

import vn.danvan.jobs.LongWork;
import vn.danvan.jobs.LongWorkHandler;
import vn.danvan.jobs.LongWorkProgress;
import vn.danvan.jobs.LongWorkResult;
import vn.danvan.jobs.RowReport;

/**
 * A unit or people import of more rows than the import threshold (the communes of a province, say), run in the
 * background: the same all-or-nothing import as at the upload, in the one transaction that also records the
 * job done, so that it runs again from the start after a node's death and never twice once done.
 */
@Component
class OrganisationImportJob implements LongWorkHandler {

    static final String KIND = "organisation-import";

    private final ImportService imports;

    OrganisationImportJob(ImportService imports) {
        this.imports = imports;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public LongWorkResult run(LongWork work, LongWorkProgress progress) {
        ImportKind kind = ImportKind.valueOf(work.param("kind"));
        return LongWorkResult.report(RowReport.importing(work.inputName(),
                () -> imports.importFile(kind, work.inputName(), work.input(), progress::step),
                i -> new RowReport.Accepted(i.row(), i.unitCode() + " – " + i.name(), "/units/" + i.unitId())));
    }
}
