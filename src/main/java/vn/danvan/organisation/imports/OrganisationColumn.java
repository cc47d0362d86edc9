package vn.danvan.organisation.imports;

import vn.danvan.shared.imports.ImportColumn;

/** The columns of the units and people files. */
public enum OrganisationColumn implements ImportColumn {

    UNIT_CODE("Mã đơn vị", "Code", true, "XA-VIDU"),
    UNIT_NAME("Tên đơn vị", "Name", true, "Ủy ban nhân dân xã Ví Dụ"),
    UNIT_KIND("Loại đơn vị", "Kind", true, "Ủy ban nhân dân cấp xã"),
    UNIT_PARENT("Mã đơn vị cấp trên", "Parent code", false, "UBND"),
    UNIT_ADDRESS("Địa chỉ", "Address", false, "Ấp 1, xã Ví Dụ, tỉnh Ví Dụ"),
    UNIT_PHONE("Điện thoại", "Phone", false, "0274 3672 100", "Số điện thoại"),
    UNIT_EMAIL("Thư điện tử", "Email", false, "ubnd.vidu@vidu.gov.vn", "E-mail"),

    PERSON_NAME("Họ và tên", "Full name", true, "Nguyễn Văn An", "Name"),
    PERSON_TITLE("Chức vụ", "Position", false, "Chuyên viên", "Title"),
    PERSON_UNIT("Mã đơn vị", "Unit code", true, "NV", "Code"),
    PERSON_EMAIL("Thư điện tử", "Email", false, "an.nv@vidu.gov.vn", "E-mail"),
    PERSON_PHONE("Điện thoại", "Phone", false, "0912 345 678", "Số điện thoại"),
    PERSON_HEAD("Người đứng đầu", "Head", false, "");

    private final Definition definition;

    OrganisationColumn(String header, String englishHeader, boolean required, String example, String... aliases) {
        this.definition = Definition.of(header, englishHeader, required, example, aliases);
    }

    @Override
    public Definition definition() {
        return definition;
    }

    @Override
    public String helpKey() {
        return "import.column." + name();
    }
}
