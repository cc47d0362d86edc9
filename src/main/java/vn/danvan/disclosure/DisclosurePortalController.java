package vn.danvan.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.IntStream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.Choice;
import vn.danvan.shared.web.PageQuery;

/** What the communes made public, on the portal, without sign-in: filter by unit, item and year. */
@Controller
class DisclosurePortalController {

    static final String LIST = "disclosure/portal";
    private static final int FIRST_YEAR = 2022;

    private final PublicDisclosures disclosures;
    private final DisclosureCatalogue catalogue;
    private final Clock clock;

    DisclosurePortalController(PublicDisclosures disclosures, DisclosureCatalogue catalogue, Clock clock) {
        this.disclosures = disclosures;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @GetMapping("/portal/disclosures")
    String list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Long itemId,
            @RequestParam(required = false) Integer year, PageQuery page, Model model) {
        var filter = new PublicDisclosures.Filter(unitId, itemId, year);
        int thisYear = LocalDate.now(clock.withZone(DanVanTime.ZONE)).getYear();
        model.addAttribute("filter", filter);
        model.addAttribute("page", disclosures.page(filter, page));
        model.addAttribute("unitChoices", disclosures.units().stream().map(e -> Choice.of(e.getKey(), e.getValue()))
                .toList());
        model.addAttribute("itemChoices", Choice.of(catalogue.all(), CatalogueItem::id,
                i -> i.code() + " - " + i.title()));
        model.addAttribute("years", IntStream.iterate(thisYear, y -> y >= FIRST_YEAR, y -> y - 1).boxed()
                .map(y -> Choice.of(y, String.valueOf(y))).toList());
        return LIST;
    }
}
