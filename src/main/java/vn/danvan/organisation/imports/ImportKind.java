package vn.danvan.organisation.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What an import file holds: units (đơn vị) or people (cán bộ), each with its own columns. */
public enum ImportKind {

    UNITS("units", "mau-nhap-don-vi", List.of(OrganisationColumn.UNIT_CODE, OrganisationColumn.UNIT_NAME, OrganisationColumn.UNIT_KIND,
            OrganisationColumn.UNIT_PARENT, OrganisationColumn.UNIT_ADDRESS, OrganisationColumn.UNIT_PHONE, OrganisationColumn.UNIT_EMAIL)),
    PEOPLE("people", "mau-nhap-can-bo", List.of(OrganisationColumn.PERSON_NAME, OrganisationColumn.PERSON_TITLE,
            OrganisationColumn.PERSON_UNIT, OrganisationColumn.PERSON_EMAIL, OrganisationColumn.PERSON_PHONE,
            OrganisationColumn.PERSON_HEAD));

    private final String slug;
    private final String templateName;
    private final List<OrganisationColumn> columns;

    ImportKind(String slug, String templateName, List<OrganisationColumn> columns) {
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

    public List<OrganisationColumn> columns() {
        return columns;
    }

    public String messageKey() {
        return "import.kind." + name();
    }

    static Optional<ImportKind> bySlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
