package vn.danvan.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.organisation.OrganisationFixture;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.Role;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.Problem;

/**
 * Conferences and reception sessions in a given state, made as the host unit's officer makes them on the
 * dialogue screens (scheduled, then held or cancelled through {@link Conferences}).
 */
final class DialogueFixture {

    private final Conferences conferences;
    private final OrganisationFixture organisation;
    private final OrganisationService units;
    private final JdbcClient jdbc;
    private final Map<Long, String> officers = new HashMap<>();

    private DialogueFixture(ApplicationContext context) {
        this.conferences = context.getBean(Conferences.class);
        this.organisation = OrganisationFixture.of(context);
        this.units = context.getBean(OrganisationService.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    static DialogueFixture of(ApplicationContext context) {
        return new DialogueFixture(context);
    }

    /**
     * A reception session of the unit at 8:00 on the day, chaired by the unit's head or else by a deputy
     * added to the unit, then held with the attendance or cancelled (or left planned). Its id.
     */
    long reception(long unitId, LocalDate day, ConferenceStatus status, boolean chairedByHead,
            Integer attendance, String topic) {
        Long chair = chairedByHead ? units.unit(unitId).orElseThrow().headPersonId()
                : organisation.person(OrganisationFixture.unique("Phó Chủ tịch "), "Phó Chủ tịch UBND xã", unitId);
        assertThat(chair).as("the head of unit " + unitId).isNotNull();
        return organisation.actingAs(officerOf(unitId), () -> {
            // scheduled ahead, as the rules want; then moved to its day, which may have passed
            LocalDate ahead = LocalDate.now(DanVanTime.ZONE).plusDays(30);
            Conferences.Scheduled scheduled = conferences.schedule(new ConferenceForm(ConferenceKind.RECEPTION, chair,
                    null, ahead, LocalTime.of(8, 0), "Trụ sở tiếp công dân", topic, null));
            assertThat(scheduled.problems()).isEmpty();
            long id = scheduled.id();
            jdbc.sql("update dialogue_conference set starts_at = :at where id = :id").param("at", day.atTime(8, 0))
                    .param("id", id).update();
            long version = conferences.get(id).version();
            List<Problem> refused = switch (status) {
                case PLANNED -> List.of();
                case HELD -> conferences.hold(id, new HoldForm(attendance, version));
                case CANCELLED -> conferences.cancel(id, new CancelForm("Chủ tịch UBND xã đi công tác.", version));
                case POSTPONED -> throw new IllegalArgumentException("a postponed session has a new date: postpone it");
            };
            assertThat(refused).isEmpty();
            return id;
        });
    }

    /** An officer of the unit who records its conferences: made once per unit and fixture. */
    private String officerOf(long unitId) {
        return officers.computeIfAbsent(unitId,
                unit -> organisation.staff().in(unit).role(Role.OFFICER).usernameStartingWith("dt.").create().username());
    }
}
