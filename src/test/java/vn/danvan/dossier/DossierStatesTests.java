package vn.danvan.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

import vn.danvan.shared.web.InvalidRequestException;

class DossierStatesTests {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 10);
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.ofHours(7));

    /** The whole table of allowed actions, written out: in each state, the actions that may be taken. */
    private static final Map<DossierState, Set<DossierAction>> ALLOWED = Map.of(
            DossierState.RECEIVED, Set.of(DossierAction.START, DossierAction.REQUEST_SUPPLEMENT, DossierAction.REFUSE,
                    DossierAction.TRANSFER),
            DossierState.IN_PROGRESS, Set.of(DossierAction.RESULT_READY, DossierAction.REQUEST_SUPPLEMENT,
                    DossierAction.REFUSE, DossierAction.TRANSFER),
            DossierState.SUPPLEMENT_REQUESTED, Set.of(DossierAction.SUPPLEMENT_COMPLETE, DossierAction.REFUSE),
            DossierState.RESULT_READY, Set.of(DossierAction.RETURN),
            DossierState.RETURNED, Set.of(),
            DossierState.REFUSED, Set.of());

    /** Where each action leads (a transfer and an apology keep the state). */
    private static final Map<DossierAction, DossierState> LEADS_TO = Map.of(
            DossierAction.START, DossierState.IN_PROGRESS,
            DossierAction.REQUEST_SUPPLEMENT, DossierState.SUPPLEMENT_REQUESTED,
            DossierAction.SUPPLEMENT_COMPLETE, DossierState.IN_PROGRESS,
            DossierAction.REFUSE, DossierState.REFUSED,
            DossierAction.RESULT_READY, DossierState.RESULT_READY,
            DossierAction.RETURN, DossierState.RETURNED);

    /** Each action as a call on the aggregate, with the input it needs. */
    private static final Map<DossierAction, Consumer<DossierHandling>> CALLS = Map.of(
            DossierAction.START, d -> d.start(null),
            DossierAction.REQUEST_SUPPLEMENT, d -> d.requestSupplement("Bản sao sổ hộ khẩu"),
            DossierAction.SUPPLEMENT_COMPLETE, d -> d.supplementComplete(DUE.plusDays(5), null),
            DossierAction.REFUSE, d -> d.refuse("Không thuộc thẩm quyền"),
            DossierAction.TRANSFER, d -> d.transfer(9, "Chuyển xã"),
            DossierAction.RESULT_READY, d -> d.resultReady(null),
            DossierAction.RETURN, d -> d.returnResult(AT, null));

    @Test
    void everyActionIsAllowedExactlyAsTheTableSays() {
        for (DossierState state : DossierState.values()) {
            for (DossierAction action : DossierAction.values()) {
                assertThat(state.allows(action)).as("%s: %s", state, action)
                        .isEqualTo(ALLOWED.get(state).contains(action));
            }
            assertThat(state.allows(null)).isFalse();
        }
    }

    @Test
    void eachActionLeadsToItsStateFromEveryStateThatAllowsItAndIsRefusedElsewhereNamingTheState() {
        for (DossierState state : DossierState.values()) {
            for (var call : CALLS.entrySet()) {
                DossierAction action = call.getKey();
                DossierHandling d = dossier(state);
                if (ALLOWED.get(state).contains(action)) {
                    call.getValue().accept(d);
                    assertThat(d.state()).as("%s: %s", state, action).isEqualTo(LEADS_TO.getOrDefault(action, state));
                    assertThat(d.recordedSteps()).singleElement().satisfies(step -> {
                        assertThat(step.action()).isEqualTo(action);
                        assertThat(step.from()).isEqualTo(state);
                        assertThat(step.to()).isEqualTo(d.state());
                    });
                } else {
                    assertRefused(() -> call.getValue().accept(d), state);
                    assertThat(d.state()).isEqualTo(state);
                    assertThat(d.recordedSteps()).isEmpty();
                }
            }
        }
    }

    @Test
    void receivingAndApologisingAreNeverMovesOfTheTable() {
        for (DossierState state : DossierState.values()) {
            assertRefused(() -> DossierHandling.requireAllowed(state, DossierAction.RECEIVE), state);
            assertRefused(() -> DossierHandling.requireAllowed(state, DossierAction.APOLOGISE), state);
        }
    }

    @Test
    void aSupplementRequestSaysWhatIsMissingAndARefusalWhy() {
        DossierHandling d = dossier(DossierState.RECEIVED);
        assertRequired(() -> d.requestSupplement(" "), "note", "dossier.error.missingDocumentsRequired");
        assertRequired(() -> d.refuse(null), "note", "dossier.error.refusalReasonRequired");
        assertThat(d.state()).isEqualTo(DossierState.RECEIVED);
        d.requestSupplement("Bản sao sổ hộ khẩu");
        assertThat(d.missingDocuments()).isEqualTo("Bản sao sổ hộ khẩu");
        d.refuse("Không bổ sung");
        assertThat(d.refusalReason()).isEqualTo("Không bổ sung");
    }

    @Test
    void aCompleteSupplementRestartsTheClockAndAReturnIsDated() {
        DossierHandling d = dossier(DossierState.SUPPLEMENT_REQUESTED);
        d.supplementComplete(DUE.plusDays(5), null);
        assertThat(d.dueDate()).isEqualTo(DUE.plusDays(5));
        DossierHandling ready = dossier(DossierState.RESULT_READY);
        ready.returnResult(AT, null);
        assertThat(ready.returnedAt()).isEqualTo(AT);
    }

    @Test
    void aTransferChangesTheUnitNotTheStateAndNotToTheSameUnit() {
        DossierHandling d = dossier(DossierState.IN_PROGRESS);
        assertRequired(() -> d.transfer(2, null), "toUnitId", "dossier.error.transferSameUnit");
        d.transfer(9, "Chuyển xã");
        assertThat(d.unitId()).isEqualTo(9);
        assertThat(d.state()).isEqualTo(DossierState.IN_PROGRESS);
        assertThat(d.recordedSteps()).singleElement().satisfies(step -> {
            assertThat(step.fromUnitId()).isEqualTo(2);
            assertThat(step.toUnitId()).isEqualTo(9);
            assertThat(step.note()).isEqualTo("Chuyển xã");
        });
    }

    @Test
    void theApologySlipIsIssuedOnceAndKeepsTheState() {
        for (DossierState state : EnumSet.of(DossierState.RECEIVED, DossierState.IN_PROGRESS)) {
            DossierHandling d = dossier(state);
            d.apologise(DUE.plusDays(3), "Chờ xác minh", "Nguyễn Văn A", AT);
            assertThat(d.state()).isEqualTo(state);
            assertThat(d.apologised()).isTrue();
            assertThat(d.apologyNewDate()).isEqualTo(DUE.plusDays(3));
            assertThat(d.recordedSteps()).singleElement()
                    .satisfies(step -> assertThat(step.note()).isEqualTo("Chờ xác minh (13/12/2026)"));
            assertThatThrownBy(() -> d.apologise(DUE.plusDays(4), "Lần hai", "Nguyễn Văn A", AT))
                    .isInstanceOfSatisfying(InvalidRequestException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("dossier.error.apologyOnce"));
        }
    }

    private static DossierHandling dossier(DossierState state) {
        return new DossierHandling(1, 2, 5, state, DUE, null, null, null, null, null, null, null, 3);
    }

    private static void assertRequired(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    private static void assertRefused(Runnable action, DossierState state) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("dossier.error.actionNotAllowed");
            assertThat(e.arguments()).singleElement().isInstanceOfSatisfying(MessageSourceResolvable.class,
                    r -> assertThat(r.getCodes()).containsExactly(state.messageKey()));
        });
    }
}
