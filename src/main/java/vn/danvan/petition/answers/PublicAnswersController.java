package vn.danvan.petition.answers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.danvan.organisation.UnitPicker;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.Choice;
import vn.danvan.shared.web.MapSettings;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.shared.web.PageQuery;
import vn.danvan.petition.handling.CategoryView;
import vn.danvan.petition.handling.PetitionRepository;
import vn.danvan.petition.intake.TrackingCodes;

/** The portal's published answers: a filtered, searched, paged list and one answer by its code. */
@Controller
class PublicAnswersController {

    static final String LIST = "petition/public/answers";
    static final String ONE = "petition/public/answer";
    /** The first year the list offers: the directive's year. */
    private static final int FIRST_YEAR = 2018;

    private final PublicAnswers answers;
    private final PetitionRepository petitions;
    private final UnitPicker picker;
    private final Clock clock;
    private final MapSettings map;

    PublicAnswersController(PublicAnswers answers, PetitionRepository petitions, UnitPicker picker, Clock clock,
            MapSettings map) {
        this.map = map;
        this.answers = answers;
        this.petitions = petitions;
        this.picker = picker;
        this.clock = clock;
    }

    @GetMapping("/portal/answers")
    String list(@ModelAttribute("filter") PublicAnswerFilter filter, PageQuery page, Model model) {
        int thisYear = LocalDate.now(clock.withZone(DanVanTime.ZONE)).getYear();
        model.addAttribute("page", answers.page(filter, page));
        model.addAttribute("map", map);
        // a province's or the country's units are typed (UnitPicker); the search words also find units by name
        model.addAttribute("units", picker.field(UnitPicker.Scope.PUBLIC));
        model.addAttribute("categories", Choice.of(petitions.categories(false), CategoryView::id, CategoryView::name));
        model.addAttribute("years", IntStream.iterate(thisYear, y -> y >= FIRST_YEAR, y -> y - 1)
                .mapToObj(y -> Choice.of(y, Integer.toString(y))).toList());
        return LIST;
    }

    /**
     * The markers of the list's map: the published answers that pass the same filter and have a place, as JSON,
     * for anybody (code, title, point, link; nothing of the petitioner).
     */
    @GetMapping(path = "/portal/answers/map", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<AnswerPoint> map(@ModelAttribute("filter") PublicAnswerFilter filter, HttpServletRequest request) {
        return answers.located(filter, request.getContextPath() + "/portal/answers/");
    }

    @GetMapping("/portal/answers/{code}")
    String one(@PathVariable String code, Model model) {
        model.addAttribute("answer", answers.byCode(TrackingCodes.normalise(code))
                .orElseThrow(() -> new NotFoundException("published answer", code)));
        return ONE;
    }
}
