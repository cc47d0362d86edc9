package vn.danvan.dossier;

import java.util.List;

import vn.danvan.shared.imports.ImportColumn;

/** The columns of the province's dossier book (sổ theo dõi hồ sơ), in the template's order. */
enum DossierColumn implements ImportColumn {

    CODE("Mã hồ sơ", "Dossier code", true, "000.00.12.H03-250301-0001", "Số hồ sơ"),
    PROCEDURE("Mã thủ tục", "Procedure code", true, "HT-03"),
    RECEIVED_ON("Ngày tiếp nhận", "Received on", true, "03/03/2025", "Ngày nhận"),
    DUE_ON("Ngày hẹn trả", "Appointment date", true, "06/03/2025", "Ngày hẹn trả kết quả"),
    RETURNED_ON("Ngày trả kết quả", "Returned on", false, "05/03/2025", "Ngày trả"),
    STATE("Trạng thái", "State", true, "Đã trả kết quả", "Tình trạng"),
    APPLICANT("Người nộp", "Applicant", true, "Nguyễn Văn An", "Người nộp hồ sơ", "Tổ chức, cá nhân");

    private final Definition definition;

    DossierColumn(String header, String englishHeader, boolean required, String example, String... aliases) {
        this.definition = Definition.of(header, englishHeader, required, example, aliases);
    }

    static List<DossierColumn> all() {
        return List.of(values());
    }

    @Override
    public Definition definition() {
        return definition;
    }

    @Override
    public String helpKey() {
        return "dossier.import.column." + name();
    }
}
