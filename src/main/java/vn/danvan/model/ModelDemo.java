package vn.danvan.model;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

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
 * and one recognised exemplary person of the first commune. Rows are marked demo.
 */
@Component
class ModelDemo implements DemoStep {

    private final JdbcClient jdbc;
    private final OrganisationService organisation;
    private final Clock clock;

    ModelDemo(JdbcClient jdbc, OrganisationService organisation,
            Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    public DemoStage stage() {
        return DemoStage.MODEL;
    }

    @Override
    public boolean loaded() {
        return jdbc.sql("select count(*) from model_entry").query(Long.class).single() > 0;
    }

    @Override
    public void load(DemoDataset set) {
        UnitView first = organisation.demoUnit(DemoPart.FIRST_COMMUNE).orElseThrow();
        UnitView second = organisation.demoUnit(DemoPart.SECOND_COMMUNE).orElseThrow();
        UnitView third = organisation.demoUnit(DemoPart.THIRD_COMMUNE).orElseThrow();
        int year = LocalDate.now(clock.withZone(DanVanTime.ZONE)).getYear();
        Texts texts = Texts.of(set);
        long road = entry(first.id(), "MODEL", "Dân vận khéo trong vận động hiến đất làm đường giao thông nông thôn",
                "ECONOMY", year, "Ban nhân dân ấp và Mặt trận xã họp từng tổ dân cư, vận động các hộ hiến đất, "
                        + "góp công làm đường bê tông; công khai dự toán và tiến độ tại nhà văn hóa ấp.",
                "Hoàn thành đường bê tông ấp Bình Thắng, không phát sinh khiếu nại.",
                "Ban nhân dân ấp Bình Thắng, Mặt trận xã, 86 hộ dân", null, null, "RECOGNISED", 86, year);
        line(road, 1, "Chiều dài đường bê tông", "3.2", "km");
        line(road, 2, "Số hộ hiến đất", "86", "hộ");
        scores(road, 27, 22, 22, 15);
        long linh = entry(second.id(), "MODEL", "Tổ hòa giải gắn với tiếp dân tại ấp", "POLITICAL_SYSTEM",
                year, "Tổ hòa giải họp định kỳ hằng tháng, tiếp nhận phản ánh của Nhân dân ngay tại ấp.",
                "Giải quyết tại cơ sở phần lớn vụ việc mâu thuẫn nhỏ.", "Tổ hòa giải ấp Cây Khô",
                null, null, "RECOGNISED", 78, year);
        line(linh, 1, "Vụ việc hòa giải thành", "14", "vụ");
        scores(linh, 24, 20, 19, 15);
        jdbc.sql("""
                insert into model_replication (entry_id, unit_id, taken_up_on, outcome, demo, created_by,
                    created_at, updated_at) values (:e, :u, :d, :o, true, 'demo', :now, :now)""")
                .param("e", road).param("u", third.id()).param("d", LocalDate.of(year, 3, 1))
                .param("o", texts.replication())
                .param("now", OffsetDateTime.now(clock)).update();
        entry(third.id(), "MODEL", "Camera an ninh do Nhân dân đóng góp", "DEFENCE_SECURITY", year,
                texts.cameras(), "Giảm trộm cắp vặt.", texts.camerasPeople(), null, null, "SUBMITTED", null, null);
        entry(first.id(), "PERSON", "Nguyễn Văn Tám", null, year,
                "Gương mẫu hiến 500 m² đất làm đường và vận động 20 hộ cùng tham gia.", null, null,
                "Trưởng ấp Bình Thắng", "Ấp Bình Thắng, " + LocalGovernment.area(first.name()), "RECOGNISED",
                88, year);
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

    private long entry(long unitId, String kind, String name, String field, int year, String description,
            String results, String people, String position, String area, String status, Integer total,
            Integer recognitionYear) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into model_entry (unit_id, kind, name, field, entry_year, description, results, people_involved,
                    position_role, area, status, total_score, recognition_year, submitted_at, evaluated_at,
                    evaluated_by, demo, created_by, created_at, updated_at)
                values (:unit, :kind, :name, :field, :year, :description, :results, :people, :position, :area, :status,
                    :total, :recognitionYear, :now, :evaluatedAt, :by, true, 'demo', :now, :now)""")
                .param("unit", unitId).param("kind", kind).param("name", name).param("field", field)
                .param("year", year).param("description", description).param("results", results)
                .param("people", people).param("position", position).param("area", area).param("status", status)
                .param("total", total).param("recognitionYear", recognitionYear).param("now", now)
                .param("evaluatedAt", total == null ? null : now).param("by", total == null ? null : "noivu")
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private void line(long entry, int position, String label, String amount, String unit) {
        jdbc.sql("insert into model_result_line (entry_id, position, label, amount, unit_name) values (:e, :p, :l, :a, :u)")
                .param("e", entry).param("p", position).param("l", label).param("a", new java.math.BigDecimal(amount))
                .param("u", unit).update();
    }

    private void scores(long entry, int... points) {
        var criteria = jdbc.sql("select id, name, max_points from model_criterion order by position, id")
                .query((rs, n) -> new Object[] {rs.getLong("id"), rs.getString("name"), rs.getInt("max_points")})
                .list();
        for (int i = 0; i < Math.min(points.length, criteria.size()); i++) {
            Object[] c = criteria.get(i);
            jdbc.sql("""
                    insert into model_score (entry_id, criterion_id, criterion_name, max_points, points)
                    values (:e, :c, :n, :m, :p)""")
                    .param("e", entry).param("c", c[0]).param("n", c[1]).param("m", c[2])
                    .param("p", Math.min(points[i], (Integer) c[2])).update();
        }
    }
}
