package vn.danvan.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

import vn.danvan.shared.web.InvalidRequestException;

class ConsultationStatesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 6, 9, 0, 0, 0, ZoneOffset.ofHours(7));

    /** The whole table of allowed moves, written out: from each state, the states it may go to. */
    private static final Map<ConsultationStatus, Set<ConsultationStatus>> ALLOWED = Map.of(
            ConsultationStatus.DRAFT, Set.of(ConsultationStatus.OPEN),
            ConsultationStatus.OPEN, Set.of(ConsultationStatus.CLOSED),
            ConsultationStatus.CLOSED, Set.of(ConsultationStatus.PUBLISHED),
            ConsultationStatus.PUBLISHED, Set.of());

    @Test
    void everyMoveIsAllowedExactlyAsTheTableSays() {
        for (ConsultationStatus from : ConsultationStatus.values()) {
            for (ConsultationStatus to : ConsultationStatus.values()) {
                assertThat(from.allows(to)).as("%s -> %s", from, to).isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void onlyADraftIsEditable() {
        for (ConsultationStatus s : ConsultationStatus.values()) {
            assertThat(s.editable()).as("%s", s).isEqualTo(s == ConsultationStatus.DRAFT);
        }
    }

    @Test
    void openingADraftRecordsTheHouseholdsInScope() {
        Consultation c = consultation(ConsultationStatus.DRAFT);
        c.open(TODAY, 120, AT);
        assertThat(c.status()).isEqualTo(ConsultationStatus.OPEN);
        assertThat(c.householdsInScope()).isEqualTo(120);
        assertThat(c.openedAt()).isEqualTo(AT);
    }

    @Test
    void openingNeedsAnOpeningDayNotPastAndHouseholds() {
        Consultation c = consultation(ConsultationStatus.DRAFT);
        assertThatThrownBy(() -> c.open(TODAY.plusDays(2), 0, AT))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.messageKey())
                        .containsExactly("consultation.error.opensInPast", "consultation.error.noHouseholds"));
        assertThat(c.status()).isEqualTo(ConsultationStatus.DRAFT);
    }

    @Test
    void closingAnOpenConsultationRecordsWhen() {
        Consultation c = consultation(ConsultationStatus.OPEN);
        c.close(AT);
        assertThat(c.status()).isEqualTo(ConsultationStatus.CLOSED);
        assertThat(c.closedAt()).isEqualTo(AT);
    }

    @Test
    void publishingKeepsTheDecisionAndNeedsItsText() {
        Consultation c = consultation(ConsultationStatus.CLOSED);
        assertThatThrownBy(() -> c.publish(" ", null, null, AT)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.field()).isEqualTo("decisionText"));
        assertThat(c.status()).isEqualTo(ConsultationStatus.CLOSED);
        c.publish("Nhất trí làm đường", "12/QĐ-UBND", TODAY, AT);
        assertThat(c.status()).isEqualTo(ConsultationStatus.PUBLISHED);
        assertThat(c.decisionText()).isEqualTo("Nhất trí làm đường");
        assertThat(c.decisionNumber()).isEqualTo("12/QĐ-UBND");
        assertThat(c.publishedAt()).isEqualTo(AT);
    }

    @Test
    void eachMoveIsRefusedFromTheOtherStatesWithTheirName() {
        for (ConsultationStatus s : EnumSet.complementOf(EnumSet.of(ConsultationStatus.DRAFT))) {
            assertRefused(() -> consultation(s).open(TODAY, 10, AT), "consultation.error.transition", s);
            assertRefused(() -> consultation(s).edit("x", null, ConsultationKind.DECIDE, true, TODAY,
                    TODAY.plusDays(5), false), "consultation.error.notDraft", s);
        }
        for (ConsultationStatus s : EnumSet.complementOf(EnumSet.of(ConsultationStatus.OPEN))) {
            assertRefused(() -> consultation(s).close(AT), "consultation.error.transition", s);
        }
        for (ConsultationStatus s : EnumSet.complementOf(EnumSet.of(ConsultationStatus.CLOSED))) {
            assertRefused(() -> consultation(s).publish("Quyết định", null, null, AT), "consultation.error.transition",
                    s);
        }
    }

    @Test
    void householdsTakePartOnlyWhileOpenAndBetweenItsDates() {
        consultation(ConsultationStatus.OPEN).requireAcceptsParticipation(TODAY);
        for (ConsultationStatus s : EnumSet.complementOf(EnumSet.of(ConsultationStatus.OPEN))) {
            assertThatThrownBy(() -> consultation(s).requireAcceptsParticipation(TODAY))
                    .isInstanceOfSatisfying(InvalidRequestException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("consultation.error.notOpen"));
        }
        assertThatThrownBy(() -> consultation(ConsultationStatus.OPEN).requireAcceptsParticipation(TODAY.plusDays(11)))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> consultation(ConsultationStatus.OPEN).requireAcceptsParticipation(TODAY.minusDays(1)))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void documentsAreAddedUntilTheEnd() {
        consultation(ConsultationStatus.DRAFT).requireDocumentsAccepted();
        consultation(ConsultationStatus.OPEN).requireDocumentsAccepted();
        assertRefused(() -> consultation(ConsultationStatus.CLOSED).requireDocumentsAccepted(),
                "consultation.error.transition", ConsultationStatus.CLOSED);
        assertRefused(() -> consultation(ConsultationStatus.PUBLISHED).requireDocumentsAccepted(),
                "consultation.error.transition", ConsultationStatus.PUBLISHED);
    }

    @Test
    void aDraftIsEdited() {
        Consultation c = consultation(ConsultationStatus.DRAFT);
        c.edit("Tên mới", "Mô tả", ConsultationKind.DECIDE, false, TODAY.plusDays(1), TODAY.plusDays(3), true);
        assertThat(c.title()).isEqualTo("Tên mới");
        assertThat(c.wholeUnit()).isFalse();
        assertThat(c.liveTally()).isTrue();
        assertThat(c.closesOn()).isEqualTo(TODAY.plusDays(3));
    }

    private static Consultation consultation(ConsultationStatus status) {
        return new Consultation(1, 2, "Ủy ban nhân dân xã An Bình", "Làm đường", null, ConsultationKind.DECIDE, true,
                TODAY, TODAY.plusDays(10), false, status, null, null, null, null, null, 3);
    }

    private static void assertRefused(Runnable action, String key, ConsultationStatus state) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.arguments()).singleElement().isInstanceOfSatisfying(MessageSourceResolvable.class,
                    r -> assertThat(r.getCodes()).containsExactly(state.messageKey()));
        });
    }
}
