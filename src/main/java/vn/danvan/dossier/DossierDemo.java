package vn.danvan.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.organisation.DemoDataset;
import vn.danvan.organisation.DemoPart;
import vn.danvan.organisation.DemoStage;
import vn.danvan.organisation.DemoStep;
import vn.danvan.organisation.LocalGovernment;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.DanVanTime;

/**
 * The dossier demo step, with an empty catalogue: eight procedures (six of the first demo commune's
 * counter, the building permit of the works office, one no longer in force) and three dossiers of that
 * commune: one returned on time, one in progress, one past its appointment date. The commune is xã An
 * Bình in 2018, xã Phú Giáo in 2025; the works office the district's Phòng Kinh tế - Hạ tầng in 2018, the
 * commune's own Phòng Kinh tế in 2025 (which grants house building permits once districts are gone). The
 * applicants are invented.
 */
@Component
class DossierDemo implements DemoStep {


    /**
     * code, name, field, working days, fee, whether the works office (else the commune) handles it, active.
     * Time limits as the laws set them: civil status the same or next day (marriage up to 5 days when the
     * facts need checking), marital-status certificate 3, certification the same day, permanent residence 7,
     * a house building permit 15.
     */
    private static final Object[][] PROCEDURES = {
        {"HT-01", "Đăng ký khai sinh", "Hộ tịch", 1, 0L, false, true},
        {"HT-02", "Đăng ký kết hôn", "Hộ tịch", 5, 0L, false, true},
        {"HT-03", "Cấp giấy xác nhận tình trạng hôn nhân", "Hộ tịch", 3, 0L, false, true},
        {"CT-01", "Chứng thực bản sao từ bản chính giấy tờ, văn bản", "Chứng thực", 1, 2_000L, false, true},
        {"CT-02", "Chứng thực chữ ký trong giấy tờ, văn bản", "Chứng thực", 1, 10_000L, false, true},
        {"CTR-01", "Đăng ký thường trú", "Cư trú", 7, 15_000L, false, true},
        {"XD-01", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Xây dựng", 15, 75_000L, true, true},
        {"HT-09", "Đăng ký khai sinh (quy trình cũ, không còn áp dụng)", "Hộ tịch", 5, 0L, false, false}};

    private final JdbcClient jdbc;
    private final OrganisationService organisation;
    private final WorkingCalendar calendar;
    private final DossierCodes codes;
    private final Clock clock;

    private final DossierSettings settings;

    DossierDemo(JdbcClient jdbc, OrganisationService organisation,
            WorkingCalendar calendar, DossierCodes codes, Clock clock,
            DossierSettings settings) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.calendar = calendar;
        this.codes = codes;
        this.clock = clock;
    }

    @Override
    public DemoStage stage() {
        return DemoStage.DOSSIER;
    }

    @Override
    public boolean loaded() {
        return jdbc.sql("select count(*) from dossier_procedure").query(Long.class).single() > 0;
    }

    @Override
    public void load(DemoDataset set) {
        UnitView commune = organisation.demoUnit(DemoPart.FIRST_COMMUNE).orElseThrow();
        UnitView works = organisation.demoUnit(DemoPart.WORKS_OFFICE).orElseThrow();
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(DanVanTime.ZONE));
        for (Object[] p : PROCEDURES) {
            long unit = (Boolean) p[5] ? works.id() : commune.id();
            jdbc.sql("""
                    insert into dossier_procedure (code, name, field, time_limit, fee, unit_id, active, demo,
                        created_at, updated_at)
                    values (:code, :name, :field, :limit, :fee, :unit, :active, true, :now, :now)""")
                    .param("code", p[0]).param("name", p[1]).param("field", p[2]).param("limit", p[3])
                    .param("fee", p[4]).param("unit", unit).param("active", p[6]).param("now", now).update();
        }
        LocalDate today = now.toLocalDate();
        String address = applicantAddress(set, commune);
        dossier("CTR-01", commune.id(), "Nguyễn Văn Tám", address, calendar.addWorkingDays(today, -12),
                "RETURNED", 5);
        dossier("HT-03", commune.id(), "Trần Thị Mai", address, calendar.addWorkingDays(today, -1),
                "IN_PROGRESS", -1);
        dossier("CTR-01", commune.id(), "Lê Văn Hùng", address, calendar.addWorkingDays(today, -9),
                "IN_PROGRESS", -1);
    }

    /** The invented applicants' address: a hamlet of the commune ("Ấp Đồng Tâm, xã An Bình" in 2018). */
    private static String applicantAddress(DemoDataset set, UnitView commune) {
        String hamlet = switch (set) {
            case PHU_GIAO_2018 -> "Ấp Đồng Tâm";
            case TWO_TIER_2025 -> "Ấp Bình Hòa";
        };
        return hamlet + ", " + LocalGovernment.area(commune.name());
    }

    /** A dossier received at 9:00 on {@code receivedOn}, returned {@code returnedAfter} working days later. */
    private void dossier(String procedureCode, long unitId, String applicant, String address, LocalDate receivedOn,
            String state, int returnedAfter) {
        var p = jdbc.sql("select id, time_limit from dossier_procedure where code = :c").param("c", procedureCode)
                .query((rs, i) -> new long[] {rs.getLong("id"), rs.getInt("time_limit")}).single();
        LocalDateTime received = receivedOn.atTime(9, 0);
        OffsetDateTime at = received.atZone(DanVanTime.ZONE).toOffsetDateTime();
        LocalDate due = DossierRules.appointment(received, settings.nextDayFrom(receivedOn), (int) p[1],
                calendar::isWorkingDay);
        OffsetDateTime returned = returnedAfter < 0 ? null
                : calendar.addWorkingDays(receivedOn, returnedAfter).atTime(10, 0).atZone(DanVanTime.ZONE).toOffsetDateTime();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into dossier (code, procedure_id, unit_id, applicant_name, applicant_phone, applicant_address,
                    received_at, received_by, received_by_name, due_date, state, returned_at, demo, created_at, updated_at)
                values (:code, :p, :unit, :name, '0274 3670 000', :address, :at, 'anbinh.canbo',
                    'Lê Thị Hoa', :due, :state, :returned, true, :at, :at)""")
                .param("code", codes.next()).param("p", p[0]).param("unit", unitId).param("name", applicant)
                .param("address", address).param("at", at).param("due", due).param("state", state)
                .param("returned", returned)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        step(id, at, "RECEIVE", null, "RECEIVED");
        if (!"RECEIVED".equals(state)) {
            step(id, at.plusHours(1), "START", "RECEIVED", "IN_PROGRESS");
        }
        if (returned != null) {
            step(id, returned.minusHours(1), "RESULT_READY", "IN_PROGRESS", "RESULT_READY");
            step(id, returned, "RETURN", "RESULT_READY", "RETURNED");
        }
    }

    private void step(long id, OffsetDateTime at, String action, String from, String to) {
        jdbc.sql("""
                insert into dossier_step (dossier_id, acted_at, acted_by, action, from_state, to_state)
                values (:d, :at, 'anbinh.canbo', :action, :from, :to)""")
                .param("d", id).param("at", at).param("action", action).param("from", from).param("to", to).update();
    }
}
