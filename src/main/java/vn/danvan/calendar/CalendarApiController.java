package vn.danvan.calendar;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.danvan.shared.web.InvalidRequestException;

/** The public calendar API: lunar dates, a year's days off, due dates in working days. No sign-in. */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Calendar", description = "Vietnamese lunar calendar (UTC+7), public holidays and working days")
class CalendarApiController {

    static final int MAX_WORKING_DAYS = 3650;

    private final LunarCalendar lunar;
    private final WorkingCalendar calendar;
    private final CalendarAdministration years;
    private final MessageSource messages;

    CalendarApiController(LunarCalendar lunar, WorkingCalendar calendar, CalendarAdministration years,
            MessageSource messages) {
        this.lunar = lunar;
        this.calendar = calendar;
        this.years = years;
        this.messages = messages;
    }

    @GetMapping("/lunar")
    @Operation(summary = "The Vietnamese lunar date of a solar date",
            description = "Computed for UTC+7 (not the Chinese calendar). Years 1900-2199.")
    LunarView lunar(@Parameter(description = "Solar date, YYYY-MM-DD", example = "2026-02-17")
            @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate date) {
        LunarDate l = lunar.toLunar(date);
        return new LunarView(date, l.day(), l.month(), l.year(), l.leapMonth());
    }

    @GetMapping("/holidays")
    @Operation(summary = "The days off and make-up working days of a year, with the documents that set them",
            description = "The official calendar of 2020-2026 as the Government set it, a calendar an admin confirmed "
                    + "or edited, else the one proposed from the Labour Code 2019, art. 112 (confirmed: false, no "
                    + "source). Each day carries the document that set it when one is recorded: kind, number and "
                    + "date (absent when not checked against the document), issuer, what it set, a note, and the "
                    + "citation in the request's language. Sorted by date.")
    List<HolidayView> holidays(@Parameter(description = "Year, 1900-2199", example = "2026")
            @RequestParam int year) {
        YearView view = years.view(year);
        return view.days().stream()
                .map(day -> new HolidayView(day.date(), day.name(), day.kind(), view.confirmed(),
                        source(view.sourceOf(day.date()))))
                .toList();
    }

    private SourceView source(SourceDocument document) {
        if (document == null) {
            return null;
        }
        String citation = messages.getMessage(document.citationKey(), document.citationArguments(),
                LocaleContextHolder.getLocale());
        return new SourceView(document.kind(), document.number(), document.issuedOn(), document.issuer(),
                document.subject(), document.note(), citation);
    }

    @GetMapping("/due-date")
    @Operation(summary = "The due date of a period in working days",
            description = "The start day is not counted; weekends and days off are skipped, make-up working days "
                    + "count. 0 gives the start day if it is a working day, else the next working day.")
    DueDateView dueDate(
            @Parameter(description = "Start day (day of receipt), YYYY-MM-DD", example = "2026-02-13")
            @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @Parameter(description = "Working days, 0-" + MAX_WORKING_DAYS, example = "10")
            @RequestParam int workingDays) {
        if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
            throw new InvalidRequestException("calendar.error.workingDays", String.valueOf(workingDays),
                    String.valueOf(MAX_WORKING_DAYS));
        }
        return new DueDateView(from, workingDays, calendar.addWorkingDays(from, workingDays));
    }

    record LunarView(LocalDate date, int lunarDay, int lunarMonth, int lunarYear, boolean leapMonth) {
    }

    record HolidayView(LocalDate date, String name, DayKind kind, boolean confirmed, SourceView source) {
    }

    record SourceView(String kind, String number, LocalDate issuedOn, String issuer, String subject, String note,
            String citation) {
    }

    record DueDateView(LocalDate from, int workingDays, LocalDate dueDate) {
    }
}
