package vn.danvan.calendar;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.shared.web.DateInput;
import vn.danvan.shared.web.Forms;
import vn.danvan.shared.web.InvalidRequestException;

/** Administrators review, open, edit and confirm the calendar of a year. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
@RequestMapping("/admin/calendar")
class CalendarAdminController {

    static final String YEAR = "calendar/year";
    static final String DAY_FORM = "calendar/dayForm";
    static final String SWAP_FORM = "calendar/swapForm";

    private final CalendarAdministration administration;
    private final LunarCalendar lunar;
    private final MessageSource messages;
    private final Clock clock;

    CalendarAdminController(CalendarAdministration administration, LunarCalendar lunar, MessageSource messages,
            Clock clock) {
        this.administration = administration;
        this.lunar = lunar;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The forms are records, built through their constructor only: with the shared direct field
     * access, the binder would also try to write each final record field after construction.
     */
    @InitBinder("form")
    void bindThroughConstructorOnly(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
    }

    @GetMapping
    String chooseYear(@RequestParam(required = false) Integer year) {
        return redirectTo(year != null ? year : LocalDate.now(clock).getYear());
    }

    @GetMapping("/{year}")
    String showYear(@PathVariable int year, Model model) {
        YearView view = administration.view(year);
        model.addAttribute("calendar", view);
        model.addAttribute("rows", view.days().stream().map(day -> DayRow.of(day, lunar)).toList());
        return YEAR;
    }

    @PostMapping("/{year}/open")
    String open(@PathVariable int year, RedirectAttributes redirect) {
        administration.open(year);
        redirect.addFlashAttribute("flash", "calendar.flash.opened");
        return redirectTo(year);
    }

    @PostMapping("/{year}/confirm")
    String confirm(@PathVariable int year, @RequestParam(required = false) Long version, Principal principal,
            RedirectAttributes redirect) {
        administration.confirm(year, version, principal.getName());
        redirect.addFlashAttribute("flash", "calendar.flash.confirmed");
        return redirectTo(year);
    }

    @PostMapping("/{year}/days/remove")
    String removeDay(@PathVariable int year, @RequestParam String date, @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        LocalDate day = DateInput.parse(date)
                .orElseThrow(() -> new InvalidRequestException("calendar.error.dateFormat", date));
        try {
            administration.removeDay(year, version, day);
            redirect.addFlashAttribute("flash", "calendar.flash.dayRemoved");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("calendarError", text(e));
        }
        return redirectTo(year);
    }

    @GetMapping("/{year}/days/new")
    String initAddDayForm(@PathVariable int year, Model model) {
        model.addAttribute("form", DayForm.empty(administration.view(year).version()));
        return dayForm(year, model);
    }

    @PostMapping("/{year}/days")
    String processAddDayForm(@PathVariable int year, @Valid @ModelAttribute("form") DayForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Optional<LocalDate> date = parseInto(result, "date", form.date());
        return apply(year, result, redirect, "calendar.flash.dayAdded", () -> dayForm(year, model),
                () -> administration.addDay(year, form.version(),
                        new CalendarDay(date.orElseThrow(), form.name(), form.kind())));
    }

    @GetMapping("/{year}/swap")
    String initSwapForm(@PathVariable int year, Model model) {
        model.addAttribute("form", SwapForm.empty(administration.view(year).version()));
        return swapForm(year, model);
    }

    @PostMapping("/{year}/swap")
    String processSwapForm(@PathVariable int year, @Valid @ModelAttribute("form") SwapForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Optional<LocalDate> dayOff = parseInto(result, "dayOff", form.dayOff());
        Optional<LocalDate> workingDay = parseInto(result, "workingDay", form.workingDay());
        return apply(year, result, redirect, "calendar.flash.swapped", () -> swapForm(year, model),
                () -> administration.swap(year, form.version(), dayOff.orElseThrow(), workingDay.orElseThrow()));
    }

    /**
     * Makes the change a valid form asks for and goes back to the year; a form with errors, or whose
     * change breaks a rule, is shown again with the messages beside its fields.
     */
    private String apply(int year, BindingResult result, RedirectAttributes redirect, String done,
            Supplier<String> formAgain, Runnable change) {
        if (result.hasErrors()) {
            return formAgain.get();
        }
        try {
            change.run();
        } catch (InvalidRequestException e) {
            Forms.reject(result, e);
            return formAgain.get();
        }
        redirect.addFlashAttribute("flash", done);
        return redirectTo(year);
    }

    /** The typed date, or an error on its field when it was typed but is not a date. */
    private static Optional<LocalDate> parseInto(BindingResult result, String field, String text) {
        Optional<LocalDate> date = DateInput.parse(text);
        if (date.isEmpty() && text != null && !text.isBlank()) {
            result.rejectValue(field, "calendar.error.dateFormat", new Object[] {text}, "calendar.error.dateFormat");
        }
        return date;
    }

    private String dayForm(int year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("kinds", DayKind.values());
        return DAY_FORM;
    }

    private String swapForm(int year, Model model) {
        model.addAttribute("year", year);
        return SWAP_FORM;
    }

    private String text(InvalidRequestException e) {
        return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale());
    }

    private static String redirectTo(int year) {
        return "redirect:/admin/calendar/" + year;
    }
}
