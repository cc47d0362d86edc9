package vn.danvan.organisation;

/**
 * The parts units play in the demo data, so that each module's demo finds its units in either set
 * (see {@link DemoDataset}) through {@link OrganisationService#demoUnit(DemoPart)} rather than by a
 * unit code of one set.
 */
public enum DemoPart {
    /** The People's Committee served: UBND huyện Phú Giáo (2018), UBND Thành phố Hồ Chí Minh (2025). */
    COMMITTEE,
    /** The office that consolidates reports and inspects: Phòng Nội vụ (2018), Sở Nội vụ (2025). */
    HOME_AFFAIRS,
    /** The Fatherland Front committee: of the district (2018), of the city (2025). */
    FRONT,
    /** The commune of the {@code anbinh.*} accounts: xã An Bình (2018), xã Phú Giáo (2025). */
    FIRST_COMMUNE,
    /** A second commune with hamlets: xã An Linh (2018), xã An Long (2025). */
    SECOND_COMMUNE,
    /** A third commune: thị trấn Phước Vĩnh with its quarters (2018), xã Phước Hòa (2025). */
    THIRD_COMMUNE,
    /**
     * The environment office of {@code tnmt.truong}: Phòng Tài nguyên và Môi trường (2018), Sở Nông
     * nghiệp và Môi trường (2025).
     */
    ENVIRONMENT_OFFICE,
    /**
     * The office that grants house building permits: Phòng Kinh tế - Hạ tầng of the district (2018), the
     * Phòng Kinh tế of xã Phú Giáo (2025).
     */
    WORKS_OFFICE,
    /**
     * The office of {@code vhtt} that publishes news: Phòng Văn hóa và Thông tin (2018), Sở Văn hóa và
     * Thể thao (2025).
     */
    INFORMATION_OFFICE
}
