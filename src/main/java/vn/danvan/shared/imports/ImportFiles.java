package vn.danvan.shared.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;

import vn.danvan.shared.web.NotFoundException;
import vn.danvan.shared.web.TableExport;

/** The files an import page offers for download: the empty template and the report of a rejected file. */
public final class ImportFiles {

    private ImportFiles() {
    }

    /** An empty file to fill in: the header row and one example row; XLSX or CSV, else 404. */
    public static ResponseEntity<byte[]> template(List<? extends ImportColumn> columns, String format,
            String fileName) {
        if (!format.equals("xlsx") && !format.equals("csv")) {
            throw new NotFoundException("import template format", format);
        }
        List<String> header = columns.stream().map(ImportColumn::header).toList();
        List<Object> example = columns.stream().<Object>map(ImportColumn::example).toList();
        return TableExport.of(format, fileName, header, List.of(example));
    }

    /** The problems of a rejected file, one per line: row, column and message in the request's language. */
    public static ResponseEntity<byte[]> report(MessageSource messages, List<ImportProblem> problems, String format,
            String fileName) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> header = TableExport.header(messages, "import.report.row", "import.report.column",
                "import.report.message");
        List<List<Object>> rows = new ArrayList<>();
        for (ImportProblem p : problems) {
            rows.add(Arrays.asList(p.row() > 0 ? p.row() : "", p.column() == null ? "" : p.column(),
                    messages.getMessage(p.messageKey(), p.argumentArray(), p.messageKey(), locale)));
        }
        return TableExport.of(format, fileName, header, rows);
    }
}
