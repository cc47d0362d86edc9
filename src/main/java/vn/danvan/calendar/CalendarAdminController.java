package vn.danvan.calendar;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.shared.web.Choice;
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
    static final String SOURCE_FORM = "calendar/sourceForm";

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

    @GetMapping
    String chooseYear(@RequestParam(required = false) Integer year) {
        return redirectTo(year != null ? year : LocalDate.now(clock).getYear());
    }

    @GetMapping("/{year}")
    String showYear(@PathVariable int year, Model model) {
        YearView view = administration.view(year);
        model.addAttribute("calendar", view);
        model.addAttribute("rows",
                view.days().stream().map(day -> DayRow.of(day, view.sourceOf(day.date()), lunar)).toList());
        return YEAR;
    }

    @PostMapping("/{year}/open")
    String open(@PathVariable int year, RedirectAttributes redirect) {
        administration.open(year);
        redirect.addFlashAttribute("flash", "calendar.flash.opened");
        return redirectTo(year);
    }

    @PostMapping("/{year}/confirm")
    String confirm(@PathVariable int year, @Valid YearForm form, BindingResult result, Principal principal,
            RedirectAttributes redirect) {
        Forms.requireValid(result);
        administration.confirm(year, form.version(), principal.getName());
        redirect.addFlashAttribute("flash", "calendar.flash.confirmed");
        return redirectTo(year);
    }

    /** Removes a day; a rule it breaks (no such day, another year) is shown above the year. */
    @PostMapping("/{year}/days/remove")
    String removeDay(@PathVariable int year, @Valid RemoveDayForm form, BindingResult result,
            RedirectAttributes redirect) {
        Forms.requireValid(result);
        try {
            administration.removeDay(year, form.version(), form.date());
            redirect.addFlashAttribute("flash", "calendar.flash.dayRemoved");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("calendarError", text(e));
        }
        return redirectTo(year);
    }

    @GetMapping("/{year}/days/new")
    String initAddDayForm(@PathVariable int year, Model model) {
        model.addAttribute("dayForm", DayForm.empty(administration.view(year).version()));
        return dayForm(year, model);
    }

    @PostMapping("/{year}/days")
    String processAddDayForm(@PathVariable int year, @Valid @ModelAttribute("dayForm") DayForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return apply(year, result, redirect, "calendar.flash.dayAdded", () -> dayForm(year, model),
                () -> administration.addDay(year, form.version(), new CalendarDay(form.date(), form.name(),
                        form.kind())));
    }

    @GetMapping("/{year}/swap")
    String initSwapForm(@PathVariable int year, Model model) {
        model.addAttribute("swapForm", SwapForm.empty(administration.view(year).version()));
        return swapForm(year, model);
    }

    @PostMapping("/{year}/swap")
    String processSwapForm(@PathVariable int year, @Valid @ModelAttribute("swapForm") SwapForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return apply(year, result, redirect, "calendar.flash.swapped", () -> swapForm(year, model),
                () -> administration.swap(year, form.version(), form.dayOff(), form.workingDay()));
    }

    @GetMapping("/{year}/sources/new")
    String initSourceForm(@PathVariable int year, Model model) {
        model.addAttribute("sourceForm", SourceForm.empty(administration.view(year).version()));
        return sourceForm(year, model);
    }

    @PostMapping("/{year}/sources")
    String processSourceForm(@PathVariable int year, @Valid @ModelAttribute("sourceForm") SourceForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return apply(year, result, redirect, "calendar.flash.sourceAdded", () -> sourceForm(year, model),
                () -> administration.addSource(year, form.version(), form.document(year)));
    }

    /** Removes a document; a rule it breaks (no such document) is shown above the year. */
    @PostMapping("/{year}/sources/remove")
    String removeSource(@PathVariable int year, @Valid RemoveSourceForm form, BindingResult result,
            RedirectAttributes redirect) {
        Forms.requireValid(result);
        try {
            administration.removeSource(year, form.version(), form.position());
            redirect.addFlashAttribute("flash", "calendar.flash.sourceRemoved");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("calendarError", text(e));
        }
        return redirectTo(year);
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

    private String dayForm(int year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("kindChoices", Choice.ofEnum(k -> "calendar.kind." + k.name(), DayKind.values()));
        return DAY_FORM;
    }

    private String sourceForm(int year, Model model) {
        model.addAttribute("year", year);
        return SOURCE_FORM;
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
