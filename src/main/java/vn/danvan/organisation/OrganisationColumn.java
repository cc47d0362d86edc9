package vn.danvan.organisation;

import java.util.List;

import vn.danvan.shared.imports.ImportColumn;

/** The columns of the units and people files. */
enum OrganisationColumn implements ImportColumn {

    UNIT_CODE("Mã đơn vị", "Code", true, "XA-VIDU"),
    UNIT_NAME("Tên đơn vị", "Name", true, "Ủy ban nhân dân xã Ví Dụ"),
    UNIT_KIND("Loại đơn vị", "Kind", true, "UBND xã, phường, thị trấn"),
    UNIT_PARENT("Mã đơn vị cấp trên", "Parent code", false, "UBND-PG"),
    UNIT_ADDRESS("Địa chỉ", "Address", false, "Ấp 1, xã Ví Dụ, huyện Phú Giáo, tỉnh Bình Dương"),
    UNIT_PHONE("Điện thoại", "Phone", false, "0274 3672 100", "Số điện thoại"),
    UNIT_EMAIL("Thư điện tử", "Email", false, "ubnd.vidu@phugiao.gov.vn", "E-mail"),

    PERSON_NAME("Họ và tên", "Full name", true, "Nguyễn Văn An", "Name"),
    PERSON_TITLE("Chức vụ", "Position", false, "Chuyên viên", "Title"),
    PERSON_UNIT("Mã đơn vị", "Unit code", true, "NV", "Code"),
    PERSON_EMAIL("Thư điện tử", "Email", false, "an.nv@phugiao.gov.vn", "E-mail"),
    PERSON_PHONE("Điện thoại", "Phone", false, "0912 345 678", "Số điện thoại"),
    PERSON_HEAD("Người đứng đầu", "Head", false, "");

    private final String header;
    private final String englishHeader;
    private final boolean required;
    private final String example;
    private final List<String> aliases;

    OrganisationColumn(String header, String englishHeader, boolean required, String example, String... aliases) {
        this.header = header;
        this.englishHeader = englishHeader;
        this.required = required;
        this.example = example;
        this.aliases = List.of(aliases);
    }

    @Override
    public String header() {
        return header;
    }

    @Override
    public String englishHeader() {
        return englishHeader;
    }

    @Override
    public boolean required() {
        return required;
    }

    @Override
    public String example() {
        return example;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    @Override
    public String helpKey() {
        return "import.column." + name();
    }
}
