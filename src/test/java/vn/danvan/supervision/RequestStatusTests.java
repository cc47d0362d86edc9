package vn.danvan.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestStatusTests {

    @Test
    void aRequestGoesFromDraftToSentToAnsweredToClosedAndBackToSentWhenAnAnswerIsNotSatisfactory() {
        assertThat(RequestStatus.DRAFT.next()).containsExactly(RequestStatus.SENT);
        assertThat(RequestStatus.SENT.next()).containsExactly(RequestStatus.ANSWERED);
        assertThat(RequestStatus.ANSWERED.next()).containsExactlyInAnyOrder(RequestStatus.SENT, RequestStatus.CLOSED);
        assertThat(RequestStatus.CLOSED.next()).isEmpty();
    }

    @Test
    void nothingSkipsAStep() {
        assertThat(RequestStatus.DRAFT.allows(RequestStatus.ANSWERED)).isFalse();
        assertThat(RequestStatus.DRAFT.allows(RequestStatus.CLOSED)).isFalse();
        assertThat(RequestStatus.SENT.allows(RequestStatus.CLOSED)).isFalse();
        assertThat(RequestStatus.CLOSED.allows(RequestStatus.SENT)).isFalse();
    }

    @Test
    void onlySentAndAnsweredRequestsAreOpen() {
        assertThat(RequestStatus.DRAFT.open()).isFalse();
        assertThat(RequestStatus.SENT.open()).isTrue();
        assertThat(RequestStatus.ANSWERED.open()).isTrue();
        assertThat(RequestStatus.CLOSED.open()).isFalse();
    }
}
