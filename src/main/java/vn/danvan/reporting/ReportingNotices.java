package vn.danvan.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.danvan.notification.DueNotice;
import vn.danvan.notification.DueNotices;
import vn.danvan.notification.NoticeKey;
import vn.danvan.notification.NoticeLetter;
import vn.danvan.notification.NoticeService;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.StaffMember;
import vn.danvan.shared.DanVanTime;

/**
 * Reporting work arriving (issue 18), each notice once through notify-once with a link to the unit's report:
 * a period opened tells every unit due to report (its head and officers); a report returned tells the unit's
 * officers; a report not submitted by its deadline tells the unit's officers and head once, the day after the
 * deadline (a "what is due now" query the {@code due-notices} task asks; the reminders go on as before).
 */
@Component
class ReportingNotices implements DueNotices {

    static final String OPENED = "reporting.period";
    static final String RETURNED = "reporting.returned";
    static final String OVERDUE = "reporting.overdue";

    private final Periods periods;
    private final Reports reports;
    private final NoticeService notices;
    private final OrganisationService organisation;
    private final MessageSource messages;

    ReportingNotices(Periods periods, Reports reports, NoticeService notices, OrganisationService organisation,
            MessageSource messages) {
        this.periods = periods;
        this.reports = reports;
        this.notices = notices;
        this.organisation = organisation;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(ReportingWorkArrived event) {
        ReportingPeriod period = periods.find(event.periodId()).orElse(null);
        if (period == null) {
            return;
        }
        if (event.reportId() == null) {
            opened(period);
        } else {
            reports.status(event.reportId()).ifPresent(r -> notices.notifyOnce(
                    new NoticeKey(RETURNED, r.reportId(), "RETURN-" + event.version(), event.on()),
                    letter("returned", period, r, staffOf(List.of(r.unitId())), false)));
        }
    }

    /** Every report of the period: its unit's head and officers, the staff of all units read at once. */
    private void opened(ReportingPeriod period) {
        List<UnitReportStatus> due = reports.statuses(period.id(), null);
        Map<Long, List<StaffMember>> staff = staffOf(due.stream().map(UnitReportStatus::unitId).toList());
        for (UnitReportStatus r : due) {
            notices.notifyOnce(new NoticeKey(OPENED, r.reportId(), "OPENED", period.deadline()),
                    letter("opened", period, r, staff, true));
        }
    }

    @Override
    public String topic() {
        return OVERDUE;
    }

    @Override
    public List<DueNotice> dueOn(LocalDate today) {
        List<DueNotice> due = new ArrayList<>();
        for (ReportingPeriod period : periods.list()) {
            // from the day after the deadline to the end of the reporting year, as the reminders
            if (period.consolidated() || !today.isAfter(period.deadline())
                    || today.getYear() > period.deadline().getYear()) {
                continue;
            }
            List<UnitReportStatus> late = reports.statuses(period.id(), null).stream()
                    .filter(r -> !r.submitted()).toList();
            Recipients recipients = new Recipients(late);
            for (UnitReportStatus r : late) {
                due.add(new DueNotice(new NoticeKey(OVERDUE, r.reportId(), "OVERDUE", period.deadline()),
                        () -> letter("overdue", period, r, recipients.staff(), true)));
            }
        }
        return due;
    }

    private Map<Long, List<StaffMember>> staffOf(List<Long> unitIds) {
        return organisation.staffOf(new LinkedHashSet<>(unitIds));
    }

    private NoticeLetter letter(String kind, ReportingPeriod period, UnitReportStatus r,
            Map<Long, List<StaffMember>> staff, boolean withHead) {
        Set<Long> to = new LinkedHashSet<>();
        staff.getOrDefault(r.unitId(), List.of()).stream()
                .filter(m -> m.roles().contains(Role.OFFICER) || withHead && m.roles().contains(Role.UNIT_HEAD))
                .map(StaffMember::accountId).forEach(to::add);
        Object[] args = {period.year(), r.unitName() == null ? "" : r.unitName(),
                DanVanTime.DATE.format(period.deadline())};
        return new NoticeLetter(to,
                messages.getMessage("reporting.notice." + kind + ".title", args, IndicatorCatalogue.VIETNAMESE),
                messages.getMessage("reporting.notice." + kind + ".body", args, IndicatorCatalogue.VIETNAMESE),
                "/reporting/reports/" + r.reportId());
    }

    /** The staff of the late units of a period, read once when the first letter is written. */
    private final class Recipients {

        private final List<UnitReportStatus> late;
        private Map<Long, List<StaffMember>> staff;

        Recipients(List<UnitReportStatus> late) {
            this.late = late;
        }

        Map<Long, List<StaffMember>> staff() {
            if (staff == null) {
                staff = staffOf(late.stream().map(UnitReportStatus::unitId).toList());
            }
            return staff;
        }
    }
}
