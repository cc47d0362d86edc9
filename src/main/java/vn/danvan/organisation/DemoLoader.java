package vn.danvan.organisation;

import vn.danvan.organisation.units.UnitRepository;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code danvan.demo} on, loads the demo data set {@code danvan.demo-dataset} names: every module's
 * {@link DemoStep} in {@link DemoStage} order, each in its own transaction, skipping a step whose data is
 * already there, one log line per step. A step that fails stops the start with the step named, as a
 * half-loaded demo would only mislead. Two steps of one stage stop the start too: their order would be
 * undefined. Runs before {@link OrganisationBootstrap}, since the demo organisation brings its administrator.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final DemoSettings settings;
    private final List<DemoStep> steps;
    private final UnitRepository units;
    private final TransactionTemplate transactions;

    DemoLoader(DemoSettings settings, List<DemoStep> steps, UnitRepository units, TransactionTemplate transactions) {
        this.settings = settings;
        this.steps = inOrder(steps);
        this.units = units;
        this.transactions = transactions;
    }

    /** The steps in stage order; refused when two share a stage. */
    static List<DemoStep> inOrder(List<DemoStep> steps) {
        Map<DemoStage, DemoStep> byStage = new EnumMap<>(DemoStage.class);
        for (DemoStep step : steps) {
            DemoStep other = byStage.putIfAbsent(step.stage(), step);
            if (other != null) {
                throw new IllegalStateException("Two demo steps of the stage " + step.stage() + ": "
                        + other.getClass().getName() + " and " + step.getClass().getName());
            }
        }
        return steps.stream().sorted(Comparator.comparing(DemoStep::stage)).toList();
    }

    /** The steps in the order they run. */
    List<DemoStep> steps() {
        return steps;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.enabled()) {
            DemoActors.loading(() -> load(settings.dataset()));
        }
    }

    /**
     * Runs every step not yet loaded. The demo set goes into an empty database only: when the database
     * already holds another organisation, no step runs, so no demo record lands among real ones.
     */
    void load(DemoDataset set) {
        for (DemoStep step : steps) {
            if (step.stage() != DemoStage.ORGANISATION && !demoOrganisationPresent(set)) {
                log.warn("The database already holds an organisation that is not the {} demo set: the demo data "
                        + "set (DANVAN_DEMO_DATASET) is loaded into an empty database only", set.key());
                return;
            }
            if (step.loaded()) {
                log.info("Demo step {}: already there", step.stage());
                continue;
            }
            long started = System.nanoTime();
            try {
                transactions.executeWithoutResult(s -> step.load(set));
            } catch (RuntimeException e) {
                throw new IllegalStateException("The demo step " + step.stage() + " of the " + set.key()
                        + " demo set failed; nothing of this step was kept", e);
            }
            log.info("Demo step {}: loaded the {} data in {} ms", step.stage(), set.key(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private boolean demoOrganisationPresent(DemoDataset set) {
        return units.findByCode(DemoOrganisation.code(set, DemoPart.COMMITTEE)).isPresent();
    }
}
