package vn.danvan.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.organisation.OrganisationFixture;
import vn.danvan.shared.DanVanTime;

/**
 * The one-stop indicators' "returned on time", counted in SQL, follow {@link DossierRules#onTime} to the minute
 * around midnight in Asia/Ho_Chi_Minh, whatever the zone of the database or the JVM, and the period bounds each figure.
 */
@DanVanIntegrationTest
class DossierIndicatorsIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void returnedOnTimeIsOnOrBeforeTheAppointmentDayInVietnam() {
        long unit = OrganisationFixture.of(context).unit("ATHAI");
        DossierFixture dossiers = DossierFixture.of(context);
        String procedure = dossiers.procedure(unit, 3);
        LocalDate due = LocalDate.of(2023, 11, 8);
        List<OffsetDateTime> returned = List.of(
                at("2023-11-07T10:00+07:00"), // the day before
                at("2023-11-08T23:59+07:00"), // the appointment day, 16:59 UTC
                at("2023-11-09T00:01+07:00"), // the day after, still 8 November in UTC
                at("2023-11-30T23:59+07:00"), // late, the last minute of the period
                at("2023-12-01T00:01+07:00")); // outside the period (30 November in UTC)
        for (OffsetDateTime at : returned) {
            String code = dossiers.fromTheBook(procedure, unit, LocalDate.of(2023, 11, 3), due, DossierState.RETURNED,
                    at.atZoneSameInstant(DanVanTime.ZONE).toLocalDate());
            jdbc.sql("update dossier set returned_at = :at where code = :code").param("at", at).param("code", code)
                    .update();
        }
        long byTheRule = returned.stream().filter(at -> at.isBefore(at("2023-12-01T00:00+07:00")))
                .filter(at -> DossierRules.onTime(at.atZoneSameInstant(DanVanTime.ZONE).toLocalDate(), due)).count();

        Map<String, BigDecimal> november = new HashMap<>();
        context.getBean(DossierIndicators.class).values(unit, LocalDate.of(2023, 11, 1), LocalDate.of(2023, 11, 30))
                .forEach(v -> november.put(v.code(), v.value()));

        assertThat(byTheRule).isEqualTo(2);
        assertThat(november.get(DossierIndicators.RECEIVED)).isEqualByComparingTo("5");
        assertThat(november.get(DossierIndicators.RETURNED)).isEqualByComparingTo("4");
        assertThat(november.get(DossierIndicators.RETURNED_ON_TIME)).isEqualByComparingTo(BigDecimal.valueOf(byTheRule));
        assertThat(november.get(DossierIndicators.ON_TIME_RATE)).isEqualByComparingTo("50.0");
        assertThat(context.getBean(DossierIndicators.class).values(unit, LocalDate.of(2023, 12, 1),
                        LocalDate.of(2023, 12, 31)))
                .filteredOn(v -> v.code().equals(DossierIndicators.RETURNED_ON_TIME)).singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualByComparingTo("0"));
    }

    private static OffsetDateTime at(String text) {
        return OffsetDateTime.parse(text);
    }
}
