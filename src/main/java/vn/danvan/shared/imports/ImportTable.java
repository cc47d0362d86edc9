package vn.danvan.shared.imports;

import java.util.List;

/**
 * The cells of an import file as read, before any check: the header row and the data rows that
 * are not blank, each with its row number as the spreadsheet program shows it.
 */
public record ImportTable(List<String> header, List<Line> lines) {

    public ImportTable {
        header = List.copyOf(header);
        lines = List.copyOf(lines);
    }

    /** A data row; {@code number} counts from 1 with the header row, as Excel and LibreOffice do. */
    public record Line(int number, List<String> cells) {

        public Line {
            cells = List.copyOf(cells);
        }

        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : null;
        }
    }
}
