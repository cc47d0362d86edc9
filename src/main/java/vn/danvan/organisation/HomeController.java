package vn.danvan.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.danvan.organisation.units.UnitRepository;
import vn.danvan.shared.DanVanTime;

/**
 * "Việc của tôi", the home page of a signed-in person: the queues of work that are theirs to act on, as every
 * module's {@link WorkQueues} counts them, each with its oldest records (late ones in red, with the word), the
 * waiting ones first; then those with nothing waiting, each saying what comes next.
 */
@Controller
class HomeController {

    static final String VIEW = "home/home";

    private final OrganisationScope scope;
    private final UnitRepository units;
    private final ObjectProvider<WorkQueues> queues;
    private final Clock clock;

    HomeController(OrganisationScope scope, UnitRepository units, ObjectProvider<WorkQueues> queues, Clock clock) {
        this.scope = scope;
        this.units = units;
        this.queues = queues;
        this.clock = clock;
    }

    @GetMapping("/home")
    String home(Model model) {
        CurrentUser user = scope.requireUser();
        LocalDate today = LocalDate.now(clock.withZone(DanVanTime.ZONE));
        List<WorkQueue> all = queues.orderedStream().flatMap(q -> q.of(user, today).stream())
                .sorted(Comparator.comparingInt(WorkQueue::order)).toList();
        model.addAttribute("user", user);
        model.addAttribute("unit", units.find(user.unitId()).orElseThrow());
        model.addAttribute("roles", user.roles().stream().sorted().toList());
        model.addAttribute("visibleUnitCount", scope.visibleUnits().all() ? units.count()
                : scope.visibleUnits().unitIds().size());
        model.addAttribute("today", today);
        model.addAttribute("waiting", all.stream().filter(q -> q.count() > 0).toList());
        model.addAttribute("quiet", all.stream().filter(q -> q.count() == 0).toList());
        return VIEW;
    }
}
