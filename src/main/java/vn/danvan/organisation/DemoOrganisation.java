package vn.danvan.organisation;

import vn.danvan.organisation.units.UnitRepository;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.danvan.organisation.accounts.AccountAdministration;
import vn.danvan.organisation.localgovernment.LocalGovernments;
import vn.danvan.organisation.people.PersonAdministration;
import vn.danvan.organisation.people.PersonData;
import vn.danvan.organisation.units.UnitAdministration;
import vn.danvan.organisation.units.UnitData;

/**
 * The demo organisations, one per {@link DemoDataset}, with one account per role (password
 * {@value #PASSWORD}) and the local government each set serves:
 * <ul>
 * <li>{@code phu-giao-2018}: domain.md section 4, Phú Giáo district in 2018, its offices, public service
 * units, township and communes, the Front and the five organisations;</li>
 * <li>{@code two-tier-2025}: Thành phố Hồ Chí Minh after 1 July 2025, into which Nghị quyết
 * 1685/NQ-UBTVQH15 merged Bình Dương and so the Phú Giáo area; the city committee with its office and a few
 * departments (sở), the city's Front and its member organisations, and the four communes formed from the
 * former district, each with the offices of Nghị định 150/2025/NĐ-CP.</li>
 * </ul>
 * The 2025 commune names (xã Phú Giáo, Phước Hòa, Phước Thành, An Long) are those the press reported
 * from Bình Dương's plan (Báo Lao Động, 2025); the text of Nghị quyết 1685/NQ-UBTVQH15 could not be
 * checked here, so they, their hamlets and the people are illustrative unless verified (README says so).
 */
@Component
class DemoOrganisation implements DemoStep {

    static final String PASSWORD = "DanVan@2018";
    /** The first commune's official of the inspection demo; see {@link OrganisationService#demoOfficial()}. */
    static final String OFFICIAL = "Ngô Văn Tám";

    private static final Map<DemoDataset, Map<DemoPart, String>> PARTS = new EnumMap<>(DemoDataset.class);

    static {
        PARTS.put(DemoDataset.PHU_GIAO_2018, parts("UBND-PG", "NV", "MTTQ", "ABINH", "ALINH", "PVINH", "TNMT", "KTHT",
                "VHTT"));
        PARTS.put(DemoDataset.TWO_TIER_2025, parts("UBND-TPHCM", "SNV", "MTTQ-TPHCM", "XA-PGIAO", "XA-ALONG",
                "XA-PHOA", "SNNMT", "XA-PGIAO-KT", "SVHTT"));
    }

    private final UnitRepository unitRecords;
    private final UnitAdministration units;
    private final PersonAdministration people;
    private final AccountAdministration accounts;
    private final LocalGovernments localGovernments;
    private final Map<String, Long> ids = new HashMap<>();

    DemoOrganisation(UnitRepository unitRecords, UnitAdministration units, PersonAdministration people,
            AccountAdministration accounts, LocalGovernments localGovernments) {
        this.unitRecords = unitRecords;
        this.units = units;
        this.people = people;
        this.accounts = accounts;
        this.localGovernments = localGovernments;
    }

    /** The code of the unit that plays the part in the set. */
    static String code(DemoDataset dataset, DemoPart part) {
        return PARTS.get(dataset).get(part);
    }

    @Override
    public DemoStage stage() {
        return DemoStage.ORGANISATION;
    }

    /** Any unit at all: the demo organisation goes into an empty database only. */
    @Override
    public boolean loaded() {
        return unitRecords.count() > 0;
    }

    @Override
    public void load(DemoDataset dataset) {
        switch (dataset) {
            case PHU_GIAO_2018 -> loadPhuGiao2018();
            case TWO_TIER_2025 -> loadTwoTier2025();
        }
    }

    private void loadPhuGiao2018() {
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
        official("ABINH", "Công chức Địa chính - Xây dựng xã An Bình");
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

    /**
     * Thành phố Hồ Chí Minh in 2025. The city's departments are real ones of its post-2025 structure; the
     * communes, their hamlets and all people are illustrative (see the class comment).
     */
    private void loadTwoTier2025() {
        unit("UBND-TPHCM", "Ủy ban nhân dân Thành phố Hồ Chí Minh", UnitKind.PEOPLES_COMMITTEE, null,
                "86 Lê Thánh Tôn, phường Sài Gòn, Thành phố Hồ Chí Minh");
        String[][] departments = {
            {"VP-UBND-TPHCM", "Văn phòng Ủy ban nhân dân Thành phố"}, {"SNV", "Sở Nội vụ"}, {"STP", "Sở Tư pháp"},
            {"STC", "Sở Tài chính"}, {"SNNMT", "Sở Nông nghiệp và Môi trường"},
            {"SVHTT", "Sở Văn hóa và Thể thao"}, {"SXD", "Sở Xây dựng"}, {"SGDDT", "Sở Giáo dục và Đào tạo"},
            {"SYT", "Sở Y tế"}, {"TTRA-TPHCM", "Thanh tra Thành phố"}};
        for (String[] d : departments) {
            unit(d[0], d[1], UnitKind.SPECIALISED_OFFICE, "UBND-TPHCM", null);
        }
        // former thị trấn Phước Vĩnh, An Bình and part of Tam Lập; Vĩnh Hòa, Phước Hòa and part of Tam Lập;
        // Phước Sang, Tân Hiệp, An Thái; An Long, An Linh, Tân Long (as reported, not checked against NQ 1685)
        String[][] communes = {{"XA-PGIAO", "Phú Giáo"}, {"XA-PHOA", "Phước Hòa"}, {"XA-PTHANH", "Phước Thành"},
            {"XA-ALONG", "An Long"}};
        for (String[] c : communes) {
            commune(c[0], c[1]);
        }
        unit("MTTQ-TPHCM", "Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh", UnitKind.FATHERLAND_FRONT,
                null, null);
        String[][] members = {{"HND-TPHCM", "Hội Nông dân Thành phố"},
            {"HLHPN-TPHCM", "Hội Liên hiệp Phụ nữ Thành phố"}, {"TDOAN-TPHCM", "Thành Đoàn Thành phố Hồ Chí Minh"},
            {"HCCB-TPHCM", "Hội Cựu chiến binh Thành phố"}, {"LDLD-TPHCM", "Liên đoàn Lao động Thành phố"}};
        for (String[] m : members) {
            unit(m[0], m[1], UnitKind.SOCIO_POLITICAL_ORGANISATION, "MTTQ-TPHCM", null);
        }

        account("admin", "Quản trị hệ thống", "Chuyên viên công nghệ thông tin", "VP-UBND-TPHCM", false,
                EnumSet.of(Role.ADMIN));
        account("noivu", "Nguyễn Thị Thu", "Chuyên viên Sở Nội vụ", "SNV", false, EnumSet.of(Role.HOME_AFFAIRS));
        account("chutich", "Đoàn Văn Đông", "Chủ tịch UBND Thành phố", "UBND-TPHCM", true, EnumSet.of(Role.LEADER));
        account("anbinh.truong", "Trần Văn Bình", "Chủ tịch UBND xã Phú Giáo", "XA-PGIAO", true,
                EnumSet.of(Role.UNIT_HEAD, Role.OFFICER));
        account("anbinh.canbo", "Lê Thị Hoa", "Chuyên viên Văn phòng HĐND và UBND xã Phú Giáo", "XA-PGIAO", false,
                EnumSet.of(Role.OFFICER));
        official("XA-PGIAO", "Chuyên viên Phòng Kinh tế xã Phú Giáo");
        account("tnmt.truong", "Phạm Minh Tuấn", "Giám đốc Sở Nông nghiệp và Môi trường", "SNNMT", true,
                EnumSet.of(Role.UNIT_HEAD, Role.OFFICER));
        account("mttq", "Võ Thị Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam Thành phố", "MTTQ-TPHCM", false,
                EnumSet.of(Role.FRONT_MEMBER));
        account("vhtt", "Huỳnh Văn Phúc", "Chuyên viên Sở Văn hóa và Thể thao", "SVHTT", false,
                EnumSet.of(Role.INFORMATION_OFFICER));
        // the basis is the Prime Minister's directive, which is in force and correctly named; no directive of
        // the city is cited because none could be checked here
        localGovernments.save(new LocalGovernments.Stored(ids.get("UBND-TPHCM"), ids.get("SNV"),
                ids.get("MTTQ-TPHCM"), "Thành ủy", "Thành phố Hồ Chí Minh",
                "Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ về tăng cường và đổi mới công tác dân vận "
                        + "trong cơ quan hành chính nhà nước, chính quyền địa phương các cấp trong tình hình mới",
                String.join("\n", "Thường trực Thành ủy", "Ban Tuyên giáo và Dân vận Thành ủy",
                        "Chủ tịch, các Phó Chủ tịch UBND Thành phố", "Các sở, ban, ngành Thành phố",
                        "UBND các xã, phường, đặc khu"), 0), 0);
    }

    /** A commune committee with the offices Nghị định 150/2025/NĐ-CP gives a commune. */
    private void commune(String code, String name) {
        unit(code, "Ủy ban nhân dân xã " + name, UnitKind.COMMUNE_COMMITTEE, "UBND-TPHCM", null);
        unit(code + "-VP", "Văn phòng HĐND và UBND xã " + name, UnitKind.SPECIALISED_OFFICE, code, null);
        unit(code + "-KT", "Phòng Kinh tế xã " + name, UnitKind.SPECIALISED_OFFICE, code, null);
        unit(code + "-VHXH", "Phòng Văn hóa - Xã hội xã " + name, UnitKind.SPECIALISED_OFFICE, code, null);
        unit(code + "-HCC", "Trung tâm Phục vụ hành chính công xã " + name, UnitKind.PUBLIC_SERVICE_UNIT, code, null);
    }

    private static Map<DemoPart, String> parts(String committee, String homeAffairs, String front, String first,
            String second, String third, String environment, String works, String information) {
        Map<DemoPart, String> parts = new EnumMap<>(DemoPart.class);
        parts.put(DemoPart.COMMITTEE, committee);
        parts.put(DemoPart.HOME_AFFAIRS, homeAffairs);
        parts.put(DemoPart.FRONT, front);
        parts.put(DemoPart.FIRST_COMMUNE, first);
        parts.put(DemoPart.SECOND_COMMUNE, second);
        parts.put(DemoPart.THIRD_COMMUNE, third);
        parts.put(DemoPart.ENVIRONMENT_OFFICE, environment);
        parts.put(DemoPart.WORKS_OFFICE, works);
        parts.put(DemoPart.INFORMATION_OFFICE, information);
        return parts;
    }

    private void unit(String code, String name, UnitKind kind, String parentCode, String address) {
        Long parent = parentCode == null ? null : ids.get(parentCode);
        ids.put(code, units.create(new UnitData(code, name, kind, parent, address, null, null)));
    }

    /**
     * The first commune's civil servant without an account whom the inspection demo finds at fault
     * ({@value #OFFICIAL}).
     */
    private void official(String unitCode, String title) {
        people.create(new PersonData(OFFICIAL, title, ids.get(unitCode), null, null), false);
    }

    private void account(String username, String fullName, String title, String unitCode, boolean head,
            Set<Role> roles) {
        long unitId = ids.get(unitCode);
        long personId = people.create(new PersonData(fullName, title, unitId, null, null), head);
        accounts.createDemoAccount(username, personId, unitId, roles, PASSWORD);
    }
}
