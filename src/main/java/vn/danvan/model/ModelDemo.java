package vn.danvan.model;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.danvan.model.ModelViews.Criterion;
import vn.danvan.model.ModelViews.ResultLine;
import vn.danvan.organisation.DemoActors;
import vn.danvan.organisation.DemoDataset;
import vn.danvan.organisation.DemoPart;
import vn.danvan.organisation.DemoStage;
import vn.danvan.organisation.DemoStep;
import vn.danvan.organisation.LocalGovernment;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.DanVanTime;

/**
 * The model demo step, with no model yet: two recognised models (the first and second demo
 * communes: An Bình and An Linh in 2018, Phú Giáo and An Long in 2025) with their scores and a
 * replication, one submitted model waiting for Home Affairs (the third commune: Phước Vĩnh, Phước Hòa),
 * and one recognised exemplary person of the first commune. Rows are marked demo. The first commune's
 * officer registers and submits its entries and Home Affairs evaluates them through {@link Models}, as on the
 * screens; the other communes have no account, so their entries (and the replication) are written by the
 * {@link ModelRepository} (see there why).
 */
@Component
class ModelDemo implements DemoStep {

    private final ModelRepository entries;
    private final Models models;
    private final ModelCriteria criteria;
    private final OrganisationService organisation;
    private final DemoActors actors;
    private final Clock clock;

    ModelDemo(ModelRepository entries, Models models, ModelCriteria criteria, OrganisationService organisation,
            DemoActors actors, Clock clock) {
        this.entries = entries;
        this.models = models;
        this.criteria = criteria;
        this.actors = actors;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    public DemoStage stage() {
        return DemoStage.MODEL;
    }

    @Override
    public boolean loaded() {
        return entries.any();
    }

    @Override
    public void load(DemoDataset set) {
        UnitView first = organisation.demoUnit(DemoPart.FIRST_COMMUNE).orElseThrow();
        UnitView second = organisation.demoUnit(DemoPart.SECOND_COMMUNE).orElseThrow();
        UnitView third = organisation.demoUnit(DemoPart.THIRD_COMMUNE).orElseThrow();
        int year = LocalDate.now(clock.withZone(DanVanTime.ZONE)).getYear();
        Texts texts = Texts.of(set);
        long road = recognised(new ModelForm(EntryKind.MODEL,
                "Dân vận khéo trong vận động hiến đất làm đường giao thông nông thôn", ModelField.ECONOMY, year,
                "Ban nhân dân ấp và Mặt trận xã họp từng tổ dân cư, vận động các hộ hiến đất, "
                        + "góp công làm đường bê tông; công khai dự toán và tiến độ tại nhà văn hóa ấp.",
                "Hoàn thành đường bê tông ấp Bình Thắng, không phát sinh khiếu nại.",
                "Chiều dài đường bê tông; 3,2; km\nSố hộ hiến đất; 86; hộ",
                "Ban nhân dân ấp Bình Thắng, Mặt trận xã, 86 hộ dân", null, null, List.of(), List.of(), null),
                year, 27, 22, 22, 15);
        long linh = entry(second.id(), EntryKind.MODEL, "Tổ hòa giải gắn với tiếp dân tại ấp",
                ModelField.POLITICAL_SYSTEM, year,
                "Tổ hòa giải họp định kỳ hằng tháng, tiếp nhận phản ánh của Nhân dân ngay tại ấp.",
                "Giải quyết tại cơ sở phần lớn vụ việc mâu thuẫn nhỏ.", "Tổ hòa giải ấp Cây Khô",
                null, null, ModelStatus.RECOGNISED, 78, year);
        line(linh, 1, "Vụ việc hòa giải thành", "14", "vụ");
        scores(linh, 24, 20, 19, 15);
        entries.insertDemoReplication(road, third.id(), LocalDate.of(year, 3, 1), texts.replication(),
                OffsetDateTime.now(clock));
        entry(third.id(), EntryKind.MODEL, "Camera an ninh do Nhân dân đóng góp", ModelField.DEFENCE_SECURITY, year,
                texts.cameras(), "Giảm trộm cắp vặt.", texts.camerasPeople(), null, null, ModelStatus.SUBMITTED,
                null, null);
        recognised(new ModelForm(EntryKind.PERSON, "Nguyễn Văn Tám", null, year,
                "Gương mẫu hiến 500 m² đất làm đường và vận động 20 hộ cùng tham gia.", null, null, null,
                "Trưởng ấp Bình Thắng", "Ấp Bình Thắng, " + LocalGovernment.area(first.name()), List.of(), List.of(),
                null), year, 28, 23, 22, 15);
    }

    /**
     * The first commune's officer registers and submits the entry, and Home Affairs recognises it with the
     * points on the active criteria in their order, as on the screens; its id.
     */
    private long recognised(ModelForm form, int year, int... points) {
        long[] id = new long[1];
        actors.as("anbinh.canbo", () -> {
            Models.Saved saved = models.register(form);
            require(saved.problems());
            id[0] = saved.id();
            models.submit(id[0], entries.find(id[0]).orElseThrow().version());
        });
        Map<Long, Integer> scores = new HashMap<>();
        List<Criterion> active = criteria.active();
        for (int i = 0; i < active.size(); i++) {
            scores.put(active.get(i).id(), Math.min(points[Math.min(i, points.length - 1)], active.get(i).maxPoints()));
        }
        actors.as("noivu", () -> require(models.evaluate(id[0], new EvaluationForm(scores, ModelStatus.RECOGNISED,
                null, null, year, entries.find(id[0]).orElseThrow().version()))));
        entries.markDemo(id[0]);
        return id[0];
    }

    private static void require(List<?> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Demo model refused: " + problems);
        }
    }

    /** The third commune's texts: a quarter of the township in 2018, a hamlet of a commune in 2025. */
    record Texts(String replication, String cameras, String camerasPeople) {

        static Texts of(DemoDataset dataset) {
            return switch (dataset) {
                case PHU_GIAO_2018 -> new Texts("Khu phố 2 vận động hiến đất mở rộng hẻm, 40 hộ tham gia.",
                        "Các hộ khu phố góp kinh phí lắp camera tại các tuyến đường chính.",
                        "Công an thị trấn, Ban điều hành khu phố");
                case TWO_TIER_2025 -> new Texts("Ấp 2 vận động hiến đất mở rộng đường liên tổ, 40 hộ tham gia.",
                        "Các hộ trong ấp góp kinh phí lắp camera tại các tuyến đường chính.",
                        "Công an xã, trưởng ấp và các tổ tự quản");
            };
        }
    }

    /** An entry submitted now, and evaluated now by Home Affairs when it has a total score; its id. */
    private long entry(long unitId, EntryKind kind, String name, ModelField field, int year, String description,
            String results, String people, String position, String area, ModelStatus status, Integer total,
            Integer recognitionYear) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return entries.insertDemo(new ModelEntry(0, unitId, null, kind, name, field, year, description, results,
                people, position, area, status, total, null, null, recognitionYear, now, total == null ? null : now,
                total == null ? null : "noivu", 0), now);
    }

    private void line(long entry, int position, String label, String amount, String unit) {
        entries.insertDemoResultLine(entry, position, new ResultLine(label, new BigDecimal(amount), unit));
    }

    /** The points on the criteria in their order (retired ones too), each at most the criterion's maximum. */
    private void scores(long entry, int... points) {
        List<Criterion> all = criteria.all();
        for (int i = 0; i < Math.min(points.length, all.size()); i++) {
            Criterion c = all.get(i);
            entries.insertDemoScore(entry, c, Math.min(points[i], c.maxPoints()));
        }
    }
}
