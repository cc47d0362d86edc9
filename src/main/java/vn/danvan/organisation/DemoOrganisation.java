package vn.danvan.organisation;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The demo organisation of domain.md section 4: Phú Giáo district in 2018, its offices, public
 * service units, township and communes, the Front and the five organisations, and one account per
 * role (password {@value #PASSWORD}).
 */
@Component
class DemoOrganisation {

    static final String PASSWORD = "DanVan@2018";

    private final UnitAdministration units;
    private final PersonAdministration people;
    private final AccountAdministration accounts;
    private final LocalGovernments localGovernments;
    private final Map<String, Long> ids = new HashMap<>();

    DemoOrganisation(UnitAdministration units, PersonAdministration people, AccountAdministration accounts,
            LocalGovernments localGovernments) {
        this.units = units;
        this.people = people;
        this.accounts = accounts;
        this.localGovernments = localGovernments;
    }

    void load() {
        unit("UBND-PG", "Ủy ban nhân dân huyện Phú Giáo", UnitKind.PEOPLES_COMMITTEE, null,
                "Khu phố 1, thị trấn Phước Vĩnh, huyện Phú Giáo, tỉnh Bình Dương");
        String[][] offices = {
            {"VP", "Văn phòng HĐND-UBND huyện"}, {"NV", "Phòng Nội vụ"}, {"TP", "Phòng Tư pháp"},
            {"TCKH", "Phòng Tài chính - Kế hoạch"}, {"TNMT", "Phòng Tài nguyên và Môi trường"},
            {"LDTBXH", "Phòng Lao động - Thương binh và Xã hội"}, {"VHTT", "Phòng Văn hóa và Thông tin"},
            {"GDDT", "Phòng Giáo dục và Đào tạo"}, {"YT", "Phòng Y tế"}, {"KTHT", "Phòng Kinh tế - Hạ tầng"},
            {"NNPTNT", "Phòng Nông nghiệp và Phát triển nông thôn"}, {"TTRA", "Thanh tra huyện"}};
        for (String[] o : offices) {
            unit(o[0], o[1], UnitKind.SPECIALISED_OFFICE, "UBND-PG", null);
        }
        String[][] services = {{"DTT", "Đài Truyền thanh huyện"}, {"TTVHTT", "Trung tâm Văn hóa - Thể thao huyện"},
            {"BQLDA", "Ban Quản lý dự án đầu tư xây dựng huyện"}};
        for (String[] s : services) {
            unit(s[0], s[1], UnitKind.PUBLIC_SERVICE_UNIT, "UBND-PG", null);
        }
        unit("PVINH", "Ủy ban nhân dân thị trấn Phước Vĩnh", UnitKind.COMMUNE_COMMITTEE, "UBND-PG", null);
        String[][] communes = {{"ABINH", "An Bình"}, {"ALINH", "An Linh"}, {"ALONG", "An Long"},
            {"ATHAI", "An Thái"}, {"PHOA", "Phước Hòa"}, {"PSANG", "Phước Sang"}, {"TLAP", "Tam Lập"},
            {"THIEP", "Tân Hiệp"}, {"TLONG", "Tân Long"}, {"VHOA", "Vĩnh Hòa"}};
        for (String[] c : communes) {
            unit(c[0], "Ủy ban nhân dân xã " + c[1], UnitKind.COMMUNE_COMMITTEE, "UBND-PG", null);
        }
        unit("MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Phú Giáo", UnitKind.FATHERLAND_FRONT, null, null);
        String[][] organisations = {{"HND", "Hội Nông dân huyện"}, {"HLHPN", "Hội Liên hiệp Phụ nữ huyện"},
            {"HDOAN", "Huyện đoàn Phú Giáo"}, {"HCCB", "Hội Cựu chiến binh huyện"},
            {"LDLD", "Liên đoàn Lao động huyện"}};
        for (String[] o : organisations) {
            unit(o[0], o[1], UnitKind.SOCIO_POLITICAL_ORGANISATION, "MTTQ", null);
        }

        account("admin", "Quản trị hệ thống", "Chuyên viên công nghệ thông tin", "VP", false, EnumSet.of(Role.ADMIN));
        account("noivu", "Nguyễn Thị Thu", "Chuyên viên Phòng Nội vụ", "NV", false, EnumSet.of(Role.HOME_AFFAIRS));
        // the head who signs Home Affairs' documents (tờ trình, thông báo kết luận); no account of their own
        people.create(new PersonData("Lê Văn Hải", "Trưởng phòng Nội vụ", ids.get("NV"), null, null), true);
        account("chutich", "Đoàn Văn Đông", "Chủ tịch UBND huyện", "UBND-PG", true, EnumSet.of(Role.LEADER));
        account("anbinh.truong", "Trần Văn Bình", "Chủ tịch UBND xã An Bình", "ABINH", true,
                EnumSet.of(Role.UNIT_HEAD, Role.OFFICER));
        account("anbinh.canbo", "Lê Thị Hoa", "Công chức Văn phòng - Thống kê xã An Bình", "ABINH", false,
                EnumSet.of(Role.OFFICER));
        account("tnmt.truong", "Phạm Minh Tuấn", "Trưởng phòng Tài nguyên và Môi trường", "TNMT", true,
                EnumSet.of(Role.UNIT_HEAD, Role.OFFICER));
        account("mttq", "Võ Thị Lan", "Phó Chủ tịch Ủy ban MTTQ huyện", "MTTQ", false, EnumSet.of(Role.FRONT_MEMBER));
        account("vhtt", "Huỳnh Văn Phúc", "Chuyên viên Phòng Văn hóa và Thông tin", "VHTT", false,
                EnumSet.of(Role.INFORMATION_OFFICER));
        localGovernments.save(new LocalGovernments.Stored(ids.get("UBND-PG"), ids.get("NV"), ids.get("MTTQ"),
                "Huyện ủy", "huyện Phú Giáo",
                "Chỉ thị số 02/CT-UBND ngày 05/4/2018 của Chủ tịch Ủy ban nhân dân huyện Phú Giáo về tiếp tục "
                        + "thực hiện và đổi mới công tác dân vận",
                String.join("\n", "Thường trực Huyện ủy", "Ban Dân vận Huyện ủy", "Chủ tịch, các PCT UBND huyện",
                        "Các cơ quan, đơn vị, xã, thị trấn"), 0), 0);
    }

    private void unit(String code, String name, UnitKind kind, String parentCode, String address) {
        Long parent = parentCode == null ? null : ids.get(parentCode);
        ids.put(code, units.create(new UnitData(code, name, kind, parent, address, null, null)));
    }

    private void account(String username, String fullName, String title, String unitCode, boolean head,
            Set<Role> roles) {
        long unitId = ids.get(unitCode);
        long personId = people.create(new PersonData(fullName, title, unitId, null, null), head);
        accounts.createDemoAccount(username, personId, unitId, roles, PASSWORD);
    }
}
