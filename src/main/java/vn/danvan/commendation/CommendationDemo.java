package vn.danvan.commendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.danvan.organisation.DemoDataset;
import vn.danvan.organisation.DemoStage;
import vn.danvan.organisation.DemoStep;
import vn.danvan.organisation.UnitKind;
import vn.danvan.shared.DanVanTime;

/**
 * The commendation demo step, with no round yet: the current year's commendation round of the communes, opened by
 * Home Affairs with the default weights, ready for Home Affairs to adjust the weights and rank the units (ranking
 * reads every module's figures, so it is left to the person, as it would be in practice).
 */
@Component
class CommendationDemo implements DemoStep {

    private final Commendations commendations;
    private final Clock clock;

    CommendationDemo(Commendations commendations, Clock clock) {
        this.commendations = commendations;
        this.clock = clock;
    }

    @Override
    public DemoStage stage() {
        return DemoStage.COMMENDATION;
    }

    @Override
    public boolean loaded() {
        return !commendations.rounds().isEmpty();
    }

    /**
     * Opens the round as Home Affairs would, with the default weights ({@code Commendations#open} asks for
     * the signed-in Home Affairs officer, whom a start has not).
     */
    @Override
    public void load(DemoDataset set) {
        int year = LocalDate.now(clock.withZone(DanVanTime.ZONE)).getYear();
        Titles titles = Titles.of(set);
        commendations.insertWithDefaultWeights(year, titles.collective(), titles.individual(),
                Set.of(UnitKind.COMMUNE_COMMITTEE), 3, "noivu");
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
