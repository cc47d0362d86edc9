package vn.danvan.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What an import file holds: units (đơn vị) or people (cán bộ), each with its own columns. */
enum ImportKind {

    UNITS("units", "mau-nhap-don-vi", List.of(ImportColumn.UNIT_CODE, ImportColumn.UNIT_NAME, ImportColumn.UNIT_KIND,
            ImportColumn.UNIT_PARENT, ImportColumn.UNIT_ADDRESS, ImportColumn.UNIT_PHONE, ImportColumn.UNIT_EMAIL)),
    PEOPLE("people", "mau-nhap-can-bo", List.of(ImportColumn.PERSON_NAME, ImportColumn.PERSON_TITLE,
            ImportColumn.PERSON_UNIT, ImportColumn.PERSON_EMAIL, ImportColumn.PERSON_PHONE,
            ImportColumn.PERSON_HEAD));

    private final String slug;
    private final String templateName;
    private final List<ImportColumn> columns;

    ImportKind(String slug, String templateName, List<ImportColumn> columns) {
        this.slug = slug;
        this.templateName = templateName;
        this.columns = columns;
    }

    /** The name in the template URLs: {@code /admin/import/template/units.xlsx}. */
    public String slug() {
        return slug;
    }

    /** The file name of the downloadable template, without extension. */
    String templateName() {
        return templateName;
    }

    public List<ImportColumn> columns() {
        return columns;
    }

    public String messageKey() {
        return "import.kind." + name();
    }

    static Optional<ImportKind> bySlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
