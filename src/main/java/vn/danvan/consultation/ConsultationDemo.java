package vn.danvan.consultation;

import static vn.danvan.organisation.DemoPart.FIRST_COMMUNE;
import static vn.danvan.organisation.DemoPart.SECOND_COMMUNE;
import static vn.danvan.organisation.DemoPart.THIRD_COMMUNE;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.danvan.organisation.DemoActors;
import vn.danvan.organisation.DemoDataset;
import vn.danvan.organisation.DemoPart;
import vn.danvan.organisation.DemoStage;
import vn.danvan.organisation.DemoStep;
import vn.danvan.organisation.OrganisationService;

/**
 * The consultation demo step: gives the demo communes their hamlets (ấp) and quarters (khu phố) with
 * household counts of the size such places have, and a few consultations in the second and third
 * communes of the set (see {@link DemoConsultations}), when no area exists yet. Which communes and places
 * depends on the demo set ({@link Places}). The first commune's officer adds its areas through
 * {@link ResidentialAreas#add} as on the screens; the other communes have no account, so theirs are added
 * directly ({@link ResidentialAreas#addDemo}).
 */
@Component
class ConsultationDemo implements DemoStep {

    private final ResidentialAreas areas;
    private final OrganisationService organisation;
    private final DemoConsultations consultations;
    private final DemoActors actors;

    ConsultationDemo(ResidentialAreas areas, OrganisationService organisation, DemoConsultations consultations,
            DemoActors actors) {
        this.consultations = consultations;
        this.actors = actors;
        this.areas = areas;
        this.organisation = organisation;
    }

    @Override
    public DemoStage stage() {
        return DemoStage.CONSULTATION;
    }

    @Override
    public boolean loaded() {
        return !areas.empty();
    }

    @Override
    public void load(DemoDataset set) {
        Places places = Places.of(set);
        long first = organisation.demoUnit(FIRST_COMMUNE).orElseThrow().id();
        for (Area a : places.areas()) {
            long unit = organisation.demoUnit(a.commune()).orElseThrow().id();
            if (unit == first) {
                actors.as("anbinh.canbo", () -> {
                    if (!areas.add(unit, new AreaForm(a.name(), a.households(), unit, null)).isEmpty()) {
                        throw new IllegalStateException("Demo area refused: " + a.name());
                    }
                });
            } else {
                areas.addDemo(unit, a.name(), a.households());
            }
        }
        areas.markDemo(first);
        consultations.load(organisation.demoUnit(DemoPart.SECOND_COMMUNE).orElseThrow(),
                organisation.demoUnit(DemoPart.THIRD_COMMUNE).orElseThrow(), places.rules());
    }

    /** A residential area of a demo commune. */
    record Area(DemoPart commune, String name, int households) {
    }

    /**
     * The areas of each demo set and the third commune's draft rules: in 2018 the township's quarter, in 2025
     * a hamlet of xã Phước Hòa. The 2025 hamlets are illustrative: those of the communes merged, where the
     * 2018 data had them, else numbered.
     */
    record Places(List<Area> areas, DemoConsultations.Rules rules) {

        private static final String QUARTER_RULES = """
                Ban điều hành Khu phố 3 lấy ý kiến các hộ gia đình về dự thảo sửa đổi quy ước: giữ gìn vệ sinh \
                chung, giờ giữ trật tự, việc cưới, việc tang văn minh. Ý kiến được tổng hợp trước khi Ủy ban nhân \
                dân thị trấn xem xét công nhận.""";
        private static final String HAMLET_RULES = """
                Trưởng ấp và Ban công tác Mặt trận Ấp 3 lấy ý kiến các hộ gia đình về dự thảo sửa đổi quy ước: \
                giữ gìn vệ sinh chung, giờ giữ trật tự, việc cưới, việc tang văn minh. Ý kiến được tổng hợp trước \
                khi Ủy ban nhân dân xã xem xét công nhận.""";

        static Places of(DemoDataset dataset) {
            return switch (dataset) {
                case PHU_GIAO_2018 -> new Places(List.of(
                        new Area(FIRST_COMMUNE, "Ấp Bình Thắng", 612), new Area(FIRST_COMMUNE, "Ấp Bình Hòa", 538),
                        new Area(FIRST_COMMUNE, "Ấp Nhà Mát", 447), new Area(FIRST_COMMUNE, "Ấp Đồng Sẵn", 395),
                        new Area(FIRST_COMMUNE, "Ấp Cà Na", 326),
                        new Area(SECOND_COMMUNE, "Ấp Cây Khô", 480), new Area(SECOND_COMMUNE, "Ấp Bùng Binh", 402),
                        new Area(SECOND_COMMUNE, "Ấp Cây Điệp", 365), new Area(SECOND_COMMUNE, "Ấp Bà Mãng", 290),
                        new Area(THIRD_COMMUNE, "Khu phố 1", 845), new Area(THIRD_COMMUNE, "Khu phố 2", 790),
                        new Area(THIRD_COMMUNE, "Khu phố 3", 712), new Area(THIRD_COMMUNE, "Khu phố 4", 668),
                        new Area(THIRD_COMMUNE, "Khu phố 5", 534)),
                        new DemoConsultations.Rules("Khu phố 3", "Dự thảo hương ước, quy ước Khu phố 3 (sửa đổi)",
                                QUARTER_RULES));
                case TWO_TIER_2025 -> new Places(List.of(
                        new Area(FIRST_COMMUNE, "Ấp Bình Thắng", 612), new Area(FIRST_COMMUNE, "Ấp Bình Hòa", 538),
                        new Area(FIRST_COMMUNE, "Ấp Nhà Mát", 447), new Area(FIRST_COMMUNE, "Khu phố 1", 845),
                        new Area(FIRST_COMMUNE, "Khu phố 2", 790), new Area(FIRST_COMMUNE, "Khu phố 3", 712),
                        new Area(SECOND_COMMUNE, "Ấp Cây Khô", 480), new Area(SECOND_COMMUNE, "Ấp Bùng Binh", 402),
                        new Area(SECOND_COMMUNE, "Ấp Cây Điệp", 365), new Area(SECOND_COMMUNE, "Ấp Bà Mãng", 290),
                        new Area(THIRD_COMMUNE, "Ấp 1", 512), new Area(THIRD_COMMUNE, "Ấp 2", 468),
                        new Area(THIRD_COMMUNE, "Ấp 3", 431), new Area(THIRD_COMMUNE, "Ấp 4", 377)),
                        new DemoConsultations.Rules("Ấp 3", "Dự thảo hương ước, quy ước Ấp 3 (sửa đổi)",
                                HAMLET_RULES));
            };
        }
    }
}
