package vn.danvan.shared.imports;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.danvan.shared.text.VietnameseText;
import vn.danvan.shared.web.InvalidRequestException;

/**
 * Where each column of an import file is, found by its header text: accents, case, spaces and
 * punctuation do not matter, English headers are accepted, columns may come in any order and
 * columns DanVan does not know (notes, row numbers) are ignored.
 */
public final class ImportHeader {

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");

    private final Map<ImportColumn, Integer> positions;
    private final Map<ImportColumn, String> labels;

    private ImportHeader(Map<ImportColumn, Integer> positions, Map<ImportColumn, String> labels) {
        this.positions = positions;
        this.labels = labels;
    }

    /** The columns in the header row; a missing required or repeated column is an error of the file. */
    public static ImportHeader locate(List<? extends ImportColumn> columns, List<String> headerCells) {
        Map<String, ImportColumn> byKey = new HashMap<>();
        for (ImportColumn column : columns) {
            column.names().forEach(name -> byKey.putIfAbsent(key(name), column));
        }
        Map<ImportColumn, Integer> positions = new HashMap<>();
        Map<ImportColumn, String> labels = new HashMap<>();
        for (int i = 0; i < headerCells.size(); i++) {
            ImportColumn column = byKey.get(key(headerCells.get(i)));
            if (column == null) {
                continue;
            }
            if (positions.containsKey(column)) {
                throw new InvalidRequestException("import.error.columnRepeated", VietnameseText.clean(headerCells.get(i)));
            }
            positions.put(column, i);
            labels.put(column, VietnameseText.clean(headerCells.get(i)));
        }
        String missing = columns.stream().filter(c -> c.required() && !positions.containsKey(c))
                .map(ImportColumn::header).collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw new InvalidRequestException("import.error.missingColumns", missing);
        }
        return new ImportHeader(positions, labels);
    }

    /** The comparison key of a header or a listed value: "Mã đơn vị (*)" and "ma don vi" are the same. */
    public static String key(String text) {
        return NOT_LETTER_OR_DIGIT.matcher(VietnameseText.searchKey(text)).replaceAll(" ").strip();
    }

    /** The cleaned (NFC, single-spaced) text of the column in the line; null when blank or absent. */
    public String cell(ImportTable.Line line, ImportColumn column) {
        Integer position = positions.get(column);
        String text = position == null ? null : VietnameseText.clean(line.cell(position));
        return text == null || text.isEmpty() ? null : text;
    }

    /** Like {@link #cell}, but line breaks within the cell (Alt+Enter in Excel) are kept, each line cleaned. */
    public String paragraphs(ImportTable.Line line, ImportColumn column) {
        Integer position = positions.get(column);
        String raw = position == null ? null : line.cell(position);
        if (raw == null) {
            return null;
        }
        String text = LINE_BREAK.splitAsStream(raw).map(VietnameseText::clean).collect(Collectors.joining("\n"))
                .strip();
        return text.isEmpty() ? null : text;
    }

    /** Problems by row, and within a row in the order of the file's columns (a whole-row problem first). */
    public Comparator<ImportProblem> reportOrder() {
        Map<String, Integer> positionByLabel = new HashMap<>();
        labels.forEach((column, label) -> positionByLabel.put(label, positions.get(column)));
        return Comparator.comparingInt(ImportProblem::row).thenComparingInt(
                p -> p.column() == null ? -1 : positionByLabel.getOrDefault(p.column(), Integer.MAX_VALUE));
    }

    /** The column's header as the file spells it, to name it in the error report. */
    public String label(ImportColumn column) {
        return labels.getOrDefault(column, column.header());
    }
}
