package vn.danvan.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.springframework.stereotype.Component;

import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.DemoActors;
import vn.danvan.organisation.DemoDataset;
import vn.danvan.organisation.DemoPart;
import vn.danvan.organisation.DemoStage;
import vn.danvan.organisation.DemoStep;
import vn.danvan.organisation.LocalGovernment;
import vn.danvan.organisation.OrganisationScope;
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

    private final OrganisationService organisation;
    private final WorkingCalendar calendar;
    private final DossierCodes codes;
    private final Clock clock;

    private final DossierSettings settings;
    private final DossierProcedures procedures;
    private final DemoActors actors;
    private final Dossiers dossiers;
    private final OrganisationScope scope;

    DossierDemo(OrganisationService organisation,
            WorkingCalendar calendar, DossierCodes codes, Clock clock,
            DossierSettings settings, DossierProcedures procedures, DemoActors actors, Dossiers dossiers,
            OrganisationScope scope) {
        this.dossiers = dossiers;
        this.scope = scope;
        this.settings = settings;
        this.procedures = procedures;
        this.actors = actors;
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
        return procedures.any();
    }

    @Override
    public void load(DemoDataset set) {
        UnitView commune = organisation.demoUnit(DemoPart.FIRST_COMMUNE).orElseThrow();
        UnitView works = organisation.demoUnit(DemoPart.WORKS_OFFICE).orElseThrow();
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(DanVanTime.ZONE));
        // Home Affairs keeps the catalogue: the procedures go in through it, its rules checked and audited
        actors.as("noivu", () -> {
            for (Object[] p : PROCEDURES) {
                long unit = (Boolean) p[5] ? works.id() : commune.id();
                long id = procedures.add(new ProcedureForm((String) p[0], (String) p[1], (String) p[2],
                        (Integer) p[3], (Long) p[4], unit, (Boolean) p[6], null));
                procedures.markDemo(id);
            }
        });
        LocalDate today = now.toLocalDate();
        String address = applicantAddress(set, commune);
        // the commune's officer at the counter received them days ago, which no screen can date back
        actors.as("anbinh.canbo", () -> {
            CurrentUser officer = scope.requireUser();
            dossier("CTR-01", officer, "Nguyễn Văn Tám", address, calendar.addWorkingDays(today, -12), 5);
            dossier("HT-03", officer, "Trần Thị Mai", address, calendar.addWorkingDays(today, -1), -1);
            dossier("CTR-01", officer, "Lê Văn Hùng", address, calendar.addWorkingDays(today, -9), -1);
        });
    }

    /** The invented applicants' address: a hamlet of the commune ("Ấp Đồng Tâm, xã An Bình" in 2018). */
    private static String applicantAddress(DemoDataset set, UnitView commune) {
        String hamlet = switch (set) {
            case PHU_GIAO_2018 -> "Ấp Đồng Tâm";
            case TWO_TIER_2025 -> "Ấp Bình Hòa";
        };
        return hamlet + ", " + LocalGovernment.area(commune.name());
    }

    /**
     * A dossier received at 9:00 on {@code receivedOn}, returned {@code returnedAfter} working days later
     * (still in progress when negative).
     */
    private void dossier(String procedureCode, CurrentUser officer, String applicant, String address,
            LocalDate receivedOn, int returnedAfter) {
        Procedure p = procedures.byCode(procedureCode).orElseThrow();
        LocalDateTime received = receivedOn.atTime(9, 0);
        LocalDate due = DossierRules.appointment(received, settings.nextDayFrom(receivedOn), p.timeLimit(),
                calendar::isWorkingDay);
        OffsetDateTime returned = returnedAfter < 0 ? null
                : calendar.addWorkingDays(receivedOn, returnedAfter).atTime(10, 0).atZone(DanVanTime.ZONE)
                        .toOffsetDateTime();
        dossiers.recordEarlier(p, codes.next(), applicant, "0274 3670 000", address,
                received.atZone(DanVanTime.ZONE).toOffsetDateTime(), officer, due, returned);
    }
}
