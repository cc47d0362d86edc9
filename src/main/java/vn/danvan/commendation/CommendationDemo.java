package vn.danvan.commendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.danvan.organisation.DemoDataset;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitKind;
import vn.danvan.shared.DanVanTime;

/**
 * With {@code danvan.demo} on and no round yet: the current year's commendation round of the communes, opened by
 * Home Affairs with the default weights, ready for Home Affairs to adjust the weights and rank the units (ranking
 * reads every module's figures, so it is left to the person, as it would be in practice).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class CommendationDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CommendationDemo.class);

    private final boolean demo;
    private final JdbcClient jdbc;
    private final Commendations commendations;
    private final OrganisationService organisation;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CommendationDemo(@Value("${danvan.demo:false}") boolean demo, JdbcClient jdbc, Commendations commendations,
            OrganisationService organisation, TransactionTemplate transactions, Clock clock) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.commendations = commendations;
        this.organisation = organisation;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo || jdbc.sql("select count(*) from commendation_round").query(Long.class).single() > 0) {
            return;
        }
        int year = LocalDate.now(clock.withZone(DanVanTime.ZONE)).getYear();
        Titles titles = Titles.of(organisation.demoDataset());
        transactions.executeWithoutResult(s -> commendations.insertWithDefaultWeights(year, titles.collective(),
                titles.individual(), Set.of(UnitKind.COMMUNE_COMMITTEE), 3, "noivu"));
        log.info("Opened the demo commendation round of {}", year);
    }

    /** The titles the round proposes, as the committee of each demo set awards them. */
    record Titles(List<String> collective, List<String> individual) {

        static Titles of(DemoDataset dataset) {
            return switch (dataset) {
                case PHU_GIAO_2018 -> new Titles(
                        List.of("Giấy khen của Chủ tịch UBND huyện", "Tập thể lao động xuất sắc"),
                        List.of("Giấy khen của Chủ tịch UBND huyện"));
                case TWO_TIER_2025 -> new Titles(
                        List.of("Bằng khen của Chủ tịch UBND Thành phố", "Tập thể lao động xuất sắc"),
                        List.of("Bằng khen của Chủ tịch UBND Thành phố"));
            };
        }
    }
}
