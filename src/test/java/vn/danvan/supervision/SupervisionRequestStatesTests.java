package vn.danvan.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

import vn.danvan.shared.web.InvalidRequestException;

class SupervisionRequestStatesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    /** The whole table of allowed moves, written out: from each state, the states it may go to. */
    private static final Map<RequestStatus, Set<RequestStatus>> ALLOWED = Map.of(
            RequestStatus.DRAFT, Set.of(RequestStatus.SENT),
            RequestStatus.SENT, Set.of(RequestStatus.ANSWERED),
            RequestStatus.ANSWERED, Set.of(RequestStatus.SENT, RequestStatus.CLOSED),
            RequestStatus.CLOSED, Set.of());

    @Test
    void everyMoveIsAllowedExactlyAsTheTableSays() {
        for (RequestStatus from : RequestStatus.values()) {
            for (RequestStatus to : RequestStatus.values()) {
                assertThat(from.allows(to)).as("%s -> %s", from, to).isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void sendingADraftFixesTheDates() {
        SupervisionRequest r = request(RequestStatus.DRAFT);
        r.send(TODAY, TODAY.plusDays(15));
        assertThat(r.status()).isEqualTo(RequestStatus.SENT);
        assertThat(r.sentOn()).isEqualTo(TODAY);
        assertThat(r.dueDate()).isEqualTo(TODAY.plusDays(15));
    }

    @Test
    void onlyADraftIsSentEvenThoughAnAnsweredRequestGoesBackToSent() {
        for (RequestStatus s : EnumSet.complementOf(EnumSet.of(RequestStatus.DRAFT))) {
            SupervisionRequest r = request(s);
            assertRefused(() -> r.send(TODAY, TODAY.plusDays(15)), s);
            assertThat(r.status()).isEqualTo(s);
        }
    }

    @Test
    void aSentRequestIsAnsweredWhenEveryUnitHasAnswered() {
        SupervisionRequest r = request(RequestStatus.SENT);
        r.allAnswered();
        assertThat(r.status()).isEqualTo(RequestStatus.ANSWERED);
        for (RequestStatus s : EnumSet.complementOf(EnumSet.of(RequestStatus.SENT))) {
            assertRefused(() -> request(s).allAnswered(), s);
        }
    }

    @Test
    void anUnsatisfactoryAnswerReopensAnAnsweredRequestAndLeavesASentOneSent() {
        SupervisionRequest answered = request(RequestStatus.ANSWERED);
        answered.reopen();
        assertThat(answered.status()).isEqualTo(RequestStatus.SENT);
        SupervisionRequest sent = request(RequestStatus.SENT);
        sent.reopen();
        assertThat(sent.status()).isEqualTo(RequestStatus.SENT);
        assertRefused(() -> request(RequestStatus.CLOSED).reopen(), RequestStatus.CLOSED);
        assertRefused(() -> request(RequestStatus.DRAFT).reopen(), RequestStatus.DRAFT);
    }

    @Test
    void onlyAnAnsweredRequestIsClosed() {
        SupervisionRequest r = request(RequestStatus.ANSWERED);
        r.close();
        assertThat(r.status()).isEqualTo(RequestStatus.CLOSED);
        for (RequestStatus s : EnumSet.of(RequestStatus.DRAFT, RequestStatus.SENT, RequestStatus.CLOSED)) {
            assertRefused(() -> request(s).close(), s);
        }
    }

    @Test
    void unitsAnswerOnlyWhileTheRequestIsSentAndTheFrontMarksUntilItIsClosed() {
        request(RequestStatus.SENT).requireAwaitingAnswers();
        for (RequestStatus s : EnumSet.complementOf(EnumSet.of(RequestStatus.SENT))) {
            assertNotOpen(() -> request(s).requireAwaitingAnswers());
        }
        request(RequestStatus.SENT).requireMarkable();
        request(RequestStatus.ANSWERED).requireMarkable();
        assertNotOpen(() -> request(RequestStatus.DRAFT).requireMarkable());
        assertNotOpen(() -> request(RequestStatus.CLOSED).requireMarkable());
    }

    @Test
    void aDraftIsNotPublished() {
        assertThatThrownBy(() -> request(RequestStatus.DRAFT).publish(true))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("supervision.error.draftNotPublished"));
        for (RequestStatus s : EnumSet.complementOf(EnumSet.of(RequestStatus.DRAFT))) {
            SupervisionRequest r = request(s);
            r.publish(true);
            assertThat(r.published()).isTrue();
            r.publish(false);
            assertThat(r.published()).isFalse();
        }
    }

    private static SupervisionRequest request(RequestStatus status) {
        return new SupervisionRequest(1, 2, status, null, null, false, 3);
    }

    private static void assertNotOpen(Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.messageKey()).isEqualTo("supervision.error.notOpen"));
    }

    private static void assertRefused(Runnable action, RequestStatus state) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("supervision.error.transition");
            assertThat(e.arguments()).singleElement().isInstanceOfSatisfying(MessageSourceResolvable.class,
                    r -> assertThat(r.getCodes()).containsExactly(state.messageKey()));
        });
    }
}
