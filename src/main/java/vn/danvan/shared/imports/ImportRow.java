package vn.danvan.shared.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One data row of an import file while it is checked: reads its cells by column and writes what is
 * wrong with them to the file's list of problems.
 */
public final class ImportRow {

    /** Close to what the form's {@code @Email} accepts, but requiring a dotted domain. */
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+");
    /** Day, month and year as Vietnamese write them; a time after the date (a workbook's date-time) is ignored. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DATE_PART = Pattern.compile("(\\d{1,2}/\\d{1,2}/\\d{4})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    private static final Set<String> YES = Set.of("x", "co", "1", "true", "yes");
    private static final Set<String> NO = Set.of("khong", "0", "false", "no");

    private final ImportTable.Line line;
    private final ImportHeader header;
    private final List<ImportProblem> problems;
    private boolean faulty;

    public ImportRow(ImportTable.Line line, ImportHeader header, List<ImportProblem> problems) {
        this.line = line;
        this.header = header;
        this.problems = problems;
    }

    public int number() {
        return line.number();
    }

    /** True once a problem was found in this row. */
    public boolean faulty() {
        return faulty;
    }

    public void problem(ImportColumn column, String messageKey, Object... arguments) {
        faulty = true;
        problems.add(ImportProblem.of(number(), column == null ? null : header.label(column), messageKey, arguments));
    }

    /** The cell's text, or null (and a problem) when it is blank or too long. */
    public String required(ImportColumn column, int maxLength) {
        String text = header.cell(line, column);
        if (text == null) {
            problem(column, "validation.required");
            return null;
        }
        return limited(column, text, maxLength);
    }

    /** Like {@link #required}, for a text of several lines: its line breaks are kept. */
    public String requiredParagraphs(ImportColumn column, int maxLength) {
        String text = header.paragraphs(line, column);
        if (text == null) {
            problem(column, "validation.required");
            return null;
        }
        return limited(column, text, maxLength);
    }

    /** The cell's text, null when blank; a problem when it is too long. */
    public String optional(ImportColumn column, int maxLength) {
        String text = header.cell(line, column);
        return text == null ? null : limited(column, text, maxLength);
    }

    /** An optional e-mail address, checked for its form. */
    public String email(ImportColumn column) {
        String text = optional(column, 255);
        if (text != null && !EMAIL.matcher(text).matches()) {
            problem(column, "validation.email");
        }
        return text;
    }

    /** An optional yes/no mark: "x", "có", "1", "true" mean yes; blank, "không", "0", "false" mean no. */
    public boolean flag(ImportColumn column) {
        String text = header.cell(line, column);
        String key = ImportHeader.key(text);
        if (text == null || NO.contains(key)) {
            return false;
        }
        if (YES.contains(key)) {
            return true;
        }
        problem(column, "import.error.flag", text);
        return false;
    }

    /** An optional date written {@code dd/MM/yyyy}; null when blank, or (with a problem) when it is no such day. */
    public LocalDate date(ImportColumn column) {
        String text = header.cell(line, column);
        if (text == null) {
            return null;
        }
        var matcher = DATE_PART.matcher(text);
        try {
            if (matcher.matches()) {
                return LocalDate.parse(matcher.group(1), DATE);
            }
        } catch (DateTimeParseException e) {
            // falls through to the problem: 31/02/2026 and the like
        }
        problem(column, "import.error.date", text);
        return null;
    }

    private String limited(ImportColumn column, String text, int maxLength) {
        if (text.length() > maxLength) {
            problem(column, "import.error.tooLong", maxLength);
        }
        return text;
    }
}
