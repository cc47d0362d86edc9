package vn.danvan.petition.imports;

import java.util.List;

import vn.danvan.shared.imports.ImportColumn;

/** The columns of a petitions file (tệp nhập phản ánh, kiến nghị), in the template's order. */
enum PetitionColumn implements ImportColumn {

    KIND("Loại", "Kind", true, "Phản ánh", "Loại đơn"),
    CATEGORY("Lĩnh vực", "Category", true, "Môi trường"),
    UNIT("Mã đơn vị", "Unit code", false, "ABINH", "Đơn vị", "Unit"),
    TITLE("Tiêu đề", "Title", true, "Ống nước vỡ trên đường ĐT741"),
    CONTENT("Nội dung", "Content", true, "Ống nước vỡ từ ba ngày nay, nước tràn ra mặt đường."),
    PLACE("Địa điểm", "Place", false, "Ấp Bình Hòa, xã An Bình"),
    RECEIVED_ON("Ngày tiếp nhận", "Received on", false, "02/11/2026", "Ngày nhận", "Date received"),
    FULL_NAME("Họ tên", "Full name", false, "Nguyễn Văn An", "Họ và tên", "Name"),
    PHONE("Điện thoại", "Phone", false, "0912 345 678", "Số điện thoại"),
    EMAIL("Thư điện tử", "Email", false, "an.nguyen@example.vn", "E-mail"),
    ADDRESS("Địa chỉ", "Address", false, "Ấp Bình Hòa, xã An Bình");

    private final Definition definition;

    PetitionColumn(String header, String englishHeader, boolean required, String example, String... aliases) {
        this.definition = Definition.of(header, englishHeader, required, example, aliases);
    }

    static List<PetitionColumn> all() {
        return List.of(values());
    }

    @Override
    public Definition definition() {
        return definition;
    }

    @Override
    public String helpKey() {
        return "petition.import.column." + name();
    }
}
