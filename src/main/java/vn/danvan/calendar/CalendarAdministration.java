package vn.danvan.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.danvan.audit.AuditService;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.InvalidRequestException;

/**
 * An admin's work on a year's calendar: open it (store the proposal), add or remove a day, swap a
 * day off with a working day, confirm it. Editing a year that is not stored yet opens it first.
 * Every change is audited; a removed day is deleted (it is configuration, not a case record) and
 * its last state stays in the audit log.
 *
 * <p>A change of days (added, removed, swapped) publishes {@link WorkingDaysChanged}; opening a year stores
 * the proposal already in force, and confirming it or recording its documents changes no day.
 *
 * <p>Each change takes the version of the year the admin saw ({@code null} for a year not stored
 * yet) and moves it on, so an edit based on a stale screen is refused.
 */
@Service
@Transactional
class CalendarAdministration {

    static final String YEAR_ENTITY = "CalendarYear";
    static final String DAY_ENTITY = "CalendarDay";
    static final String SOURCE_ENTITY = "CalendarSource";
    static final String MAKE_UP_FOR = "Làm bù cho ngày nghỉ ";
    static final String SWAPPED_WITH = "Nghỉ hoán đổi, làm bù ngày ";

    private final CalendarStore store;
    private final HolidayRules rules;
    private final WorkingCalendar calendar;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CalendarAdministration(CalendarStore store, HolidayRules rules, WorkingCalendar calendar, AuditService audit,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.calendar = calendar;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The year as an admin sees it: stored, or proposed by the rules. */
    @Transactional(readOnly = true)
    public YearView view(int year) {
        LunarCalendar.requireSupportedYear(year);
        return store.findYear(year)
                .map(stored -> YearView.stored(stored, store.days(year), store.sources(year)))
                .orElseGet(() -> YearView.proposed(year, rules.propose(year)));
    }

    /** Stores the proposal of a year; a year already stored is left as it is. */
    public void open(int year) {
        LunarCalendar.requireSupportedYear(year);
        if (store.findYear(year).isEmpty()) {
            insertProposal(year);
        }
    }

    public void addDay(int year, Long expectedVersion, CalendarDay day) {
        requireInYear(year, day.date(), "date");
        if (day.name() == null || day.name().isBlank()) {
            throw InvalidRequestException.onField("name", "calendar.error.nameRequired");
        }
        if (day.kind() == DayKind.MAKE_UP_WORKDAY && !HolidayRules.isWeekend(day.date())) {
            throw InvalidRequestException.onField("date", "calendar.error.makeUpOnWeekday", format(day.date()));
        }
        editable(year, expectedVersion);
        if (entryOn(year, day.date()).isPresent()) {
            throw InvalidRequestException.onField("date", "calendar.error.dayTaken", format(day.date()));
        }
        insert(year, new CalendarDay(day.date(), day.name().strip(), day.kind()));
        forgetAfterCommit(year);
        events.publishEvent(new WorkingDaysChanged(day.date(), day.date()));
    }

    public void removeDay(int year, Long expectedVersion, LocalDate date) {
        requireInYear(year, date, "date");
        editable(year, expectedVersion);
        StoredDay day = entryOn(year, date).orElseThrow(
                () -> InvalidRequestException.onField("date", "calendar.error.noEntry", format(date)));
        store.deleteDay(day);
        audit.retired(DAY_ENTITY, day.id(), null, StoredDay.auditFields(day.day()), Map.of());
        forgetAfterCommit(year);
        events.publishEvent(new WorkingDaysChanged(date, date));
    }

    /**
     * Makes a day off a working day and a working day a day off. A holiday entry moves to the
     * working day with its name; a plain weekend day becomes a make-up working day (ngày làm bù)
     * and the working day a day off in exchange (nghỉ hoán đổi).
     */
    public void swap(int year, Long expectedVersion, LocalDate dayOff, LocalDate workingDay) {
        requireInYear(year, dayOff, "dayOff");
        requireInYear(year, workingDay, "workingDay");
        editable(year, expectedVersion);
        Optional<StoredDay> off = entryOn(year, dayOff);
        boolean isOff = off.map(d -> d.kind() == DayKind.HOLIDAY).orElse(HolidayRules.isWeekend(dayOff));
        if (!isOff) {
            throw InvalidRequestException.onField("dayOff", "calendar.error.notDayOff", format(dayOff));
        }
        if (HolidayRules.isWeekend(workingDay) || entryOn(year, workingDay).isPresent()) {
            throw InvalidRequestException.onField("workingDay", "calendar.error.notPlainWorkingDay",
                    format(workingDay));
        }
        if (off.isPresent()) {
            StoredDay holiday = off.get();
            store.moveDay(holiday, workingDay);
            audit.updated(DAY_ENTITY, holiday.id(), null, StoredDay.auditFields(holiday.day()),
                    StoredDay.auditFields(new CalendarDay(workingDay, holiday.name(), holiday.kind())));
        } else {
            insert(year, new CalendarDay(dayOff, MAKE_UP_FOR + format(workingDay), DayKind.MAKE_UP_WORKDAY));
            insert(year, new CalendarDay(workingDay, SWAPPED_WITH + format(dayOff), DayKind.HOLIDAY));
        }
        forgetAfterCommit(year);
        events.publishEvent(dayOff.isBefore(workingDay) ? new WorkingDaysChanged(dayOff, workingDay)
                : new WorkingDaysChanged(workingDay, dayOff));
    }

    /**
     * Records a document that set the year's calendar (a decision or notice), after the year's other
     * documents. Its date, when given, must lie in the past (a notice comes before the days it sets,
     * but may be dated the year before).
     */
    public void addSource(int year, Long expectedVersion, SourceDocument document) {
        if (document.issuedOn() != null && document.issuedOn().isAfter(LocalDate.now(clock))) {
            throw InvalidRequestException.onField("issuedOn", "calendar.error.issuedInFuture",
                    format(document.issuedOn()));
        }
        editable(year, expectedVersion);
        int position = store.sources(year).stream().mapToInt(SourceDocument::position).max().orElse(0) + 1;
        SourceDocument added = new SourceDocument(0, year, position, document.kind(), document.number(),
                document.issuedOn(), document.issuer(), document.subject(), document.note(), 0);
        long id = store.insertSource(year, added);
        audit.created(SOURCE_ENTITY, id, null, added.auditFields());
        forgetAfterCommit(year);
    }

    /** Removes a document from the year; the days it set stay, without a source. */
    public void removeSource(int year, Long expectedVersion, int position) {
        editable(year, expectedVersion);
        SourceDocument document = store.sources(year).stream().filter(s -> s.position() == position).findFirst()
                .orElseThrow(() -> InvalidRequestException.onField("position", "calendar.error.noSource",
                        String.valueOf(position)));
        store.deleteSource(document);
        audit.retired(SOURCE_ENTITY, document.id(), null, document.auditFields(), Map.of());
        forgetAfterCommit(year);
    }

    public void confirm(int year, Long expectedVersion, String confirmedBy) {
        CalendarYear before = editable(year, expectedVersion);
        store.confirm(before, confirmedBy);
        CalendarYear after = store.findYear(year).orElseThrow();
        audit.updated(YEAR_ENTITY, after.id(), null, before.auditFields(), after.auditFields());
        forgetAfterCommit(year);
    }

    /** The stored year, opened if needed, after checking and moving on the version the admin saw. */
    private CalendarYear editable(int year, Long expectedVersion) {
        LunarCalendar.requireSupportedYear(year);
        Optional<CalendarYear> stored = store.findYear(year);
        if (stored.isEmpty()) {
            if (expectedVersion != null) {
                throw new OptimisticLockingFailureException("calendar_year " + year);
            }
            insertProposal(year);
            stored = store.findYear(year);
        } else if (expectedVersion == null || stored.get().version() != expectedVersion) {
            throw new OptimisticLockingFailureException("calendar_year " + year);
        }
        store.touch(stored.orElseThrow());
        return store.findYear(year).orElseThrow();
    }

    private void insertProposal(int year) {
        List<CalendarDay> proposal = rules.propose(year);
        long id;
        try {
            id = store.insertYear(year);
        } catch (DuplicateKeyException e) {
            throw new OptimisticLockingFailureException("calendar_year " + year, e);
        }
        audit.created(YEAR_ENTITY, id, null, store.findYear(year).orElseThrow().auditFields());
        proposal.forEach(day -> insert(year, day));
        forgetAfterCommit(year);
    }

    private void insert(int year, CalendarDay day) {
        long id = store.insertDay(year, day);
        audit.created(DAY_ENTITY, id, null, StoredDay.auditFields(day));
    }

    private Optional<StoredDay> entryOn(int year, LocalDate date) {
        return store.days(year).stream().filter(d -> d.date().equals(date)).findFirst();
    }

    private static void requireInYear(int year, LocalDate date, String field) {
        if (date == null) {
            throw InvalidRequestException.onField(field, "calendar.error.dateRequired");
        }
        if (date.getYear() != year) {
            throw InvalidRequestException.onField(field, "calendar.error.dateOutsideYear", format(date),
                    String.valueOf(year));
        }
    }

    /** The cached year is dropped once the change is committed, so no reader caches it half-done. */
    private void forgetAfterCommit(int year) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    calendar.forget(year);
                }
            });
        } else {
            calendar.forget(year);
        }
    }

    private static String format(LocalDate date) {
        return DanVanTime.DATE.format(date);
    }
}
