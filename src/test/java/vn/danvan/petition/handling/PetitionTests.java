package vn.danvan.petition.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import vn.danvan.shared.web.InvalidRequestException;

class PetitionTests {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T09:00:00+07:00");

    private static Petition received(Long unitId) {
        return Petition.received("PA-TEST", PetitionKind.FEEDBACK, 1, Channel.WEB, "Đường hư", "Ổ gà lớn",
                "Ấp 1", unitId, NOW, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 4, 1));
    }

    @Test
    void theWholeWayFromReceiptToAPublishedAnswer() {
        Petition p = received(7L);
        p.accept();
        p.assign(42, null);
        p.startWork();
        p.draftAnswer("Đã vá đường.");
        p.approveAnswer(true, "Đã vá đường.", NOW.plusDays(5));
        p.close();

        assertThat(p.status()).isEqualTo(PetitionStatus.CLOSED);
        assertThat(p.published()).isTrue();
        assertThat(p.answer()).isEqualTo("Đã vá đường.");
        assertThat(p.assigneeAccountId()).isEqualTo(42);
        assertThat(p.recordedSteps()).extracting(Petition.Step::action)
                .containsExactly("RECEIVE", "ACCEPT", "ASSIGN", "START", "DRAFT_ANSWER", "APPROVE_ANSWER", "CLOSE");
    }

    @Test
    void anAnswerCannotBeApprovedBeforeItIsDrafted() {
        Petition p = received(7L);
        p.accept();
        assertThatThrownBy(() -> p.approveAnswer(false, null, NOW)).isInstanceOf(InvalidRequestException.class)
                .hasMessage("petition.error.transition");
        assertThat(p.status()).isEqualTo(PetitionStatus.ACCEPTED);
    }

    @Test
    void refusingNeedsAReason() {
        Petition p = received(7L);
        assertThatThrownBy(() -> p.refuse(" ", true)).hasMessage("petition.error.noteRequired");
        p.refuse("Không thuộc thẩm quyền giải quyết của xã", true);
        assertThat(p.status()).isEqualTo(PetitionStatus.REFUSED);
    }

    @Test
    void aTransferredPetitionIsReceivedAnewByTheOtherUnit() {
        Petition p = received(7L);
        p.accept();
        p.assign(42, null);
        p.transfer(9L, "Thuộc thẩm quyền Phòng TN&MT", false);
        assertThat(p.unitId()).isEqualTo(9L);
        assertThat(p.status()).isEqualTo(PetitionStatus.RECEIVED);
        assertThat(p.assigneeAccountId()).isNull();
        assertThatThrownBy(() -> p.transfer(9L, "lại", false)).hasMessage("petition.error.sameUnit");
    }

    @Test
    void aStepsNoteIsPublicOnlyWhenTheOfficerChoseSo() {
        Petition p = received(7L);
        p.transfer(9L, "Cán bộ phụ trách đi học, chuyển đơn vị khác", false);
        p.refuse("Không thuộc thẩm quyền", true);
        List<Petition.Step> steps = p.recordedSteps();
        Petition.Step transfer = steps.get(steps.size() - 2);
        Petition.Step refusal = steps.get(steps.size() - 1);
        assertThat(transfer.visibleToPublic()).as("the change of unit is public").isTrue();
        assertThat(transfer.notePublic()).as("its reason is not, unless chosen").isFalse();
        assertThat(refusal.notePublic()).isTrue();
    }

    @Test
    void thePetitionersOwnReopenReasonIsNeverPublic() {
        Petition p = received(7L);
        p.accept();
        p.draftAnswer("Trả lời");
        p.approveAnswer(false, null, NOW);
        p.requestReopen("Tôi là Nguyễn Văn A, nhà số 5, chưa được giải quyết", NOW.plusDays(1));
        Petition.Step request = p.recordedSteps().get(p.recordedSteps().size() - 1);
        assertThat(request.action()).isEqualTo("REOPEN_REQUEST");
        assertThat(request.notePublic()).isFalse();
    }

    @Test
    void aStepsNoteIsAtMostTwoThousandCharacters() {
        Petition p = received(7L);
        assertThatThrownBy(() -> p.refuse("x".repeat(2001), false)).hasMessage("petition.error.noteTooLong");
        assertThat(p.status()).isEqualTo(PetitionStatus.RECEIVED);
    }

    @Test
    void publishingNeedsTheRedactedText() {
        Petition p = received(7L);
        p.accept();
        p.draftAnswer("Trả lời ông Nguyễn Văn A, số điện thoại 0912...");
        assertThatThrownBy(() -> p.approveAnswer(true, "", NOW)).hasMessage("petition.error.noteRequired");
        p.approveAnswer(false, null, NOW);
        assertThat(p.published()).isFalse();
        assertThat(p.publicAnswer()).isNull();
    }

    @Test
    void anAnsweredPetitionCanBeReopened() {
        Petition p = received(7L);
        p.accept();
        p.draftAnswer("Trả lời");
        p.approveAnswer(false, null, NOW);
        p.reopen("Chưa được giải quyết thực tế", false);
        assertThat(p.status()).isEqualTo(PetitionStatus.IN_PROGRESS);
    }

    @Test
    void aPetitionWithoutUnitIsRoutedOnce() {
        Petition p = received(null);
        p.route(5L);
        assertThat(p.unitId()).isEqualTo(5L);
        assertThatThrownBy(() -> p.route(6L)).hasMessage("petition.error.alreadyRouted");
    }

    @Test
    void theAnswerIsRatedOnceFromOneToFive() {
        Petition p = received(7L);
        assertThatThrownBy(() -> p.rate(5, null, NOW)).hasMessage("petition.error.notAnswered");
        p.accept();
        p.draftAnswer("Trả lời");
        p.approveAnswer(true, "Trả lời", NOW);
        assertThatThrownBy(() -> p.rate(6, null, NOW)).hasMessage("petition.error.rating");
        p.rate(5, "  Tốt ", NOW);
        assertThat(p.rating()).isEqualTo(5);
        assertThat(p.ratingComment()).isEqualTo("Tốt");
        assertThatThrownBy(() -> p.rate(3, null, NOW)).hasMessage("petition.error.alreadyRated");
    }

    @Test
    void reopeningIsAskedOnceWithinThirtyDays() {
        Petition late = received(7L);
        late.accept();
        late.draftAnswer("Trả lời");
        late.approveAnswer(false, null, NOW);
        assertThat(late.reopenableAt(NOW.plusDays(31))).isFalse();
        assertThatThrownBy(() -> late.requestReopen("Chưa xong", NOW.plusDays(31)))
                .hasMessage("petition.error.reopenTooLate");

        Petition p = received(7L);
        p.accept();
        p.draftAnswer("Trả lời");
        p.approveAnswer(false, null, NOW);
        p.requestReopen("Chưa xong", NOW.plusDays(30));
        assertThat(p.status()).isEqualTo(PetitionStatus.IN_PROGRESS);
        p.draftAnswer("Trả lời lại");
        p.approveAnswer(false, null, NOW.plusDays(35));
        assertThatThrownBy(() -> p.requestReopen("Lần nữa", NOW.plusDays(36)))
                .hasMessage("petition.error.alreadyReopened");
    }

    @Test
    void closedStatesAreNotOpen() {
        assertThat(PetitionStatus.openStatuses()).doesNotContain(PetitionStatus.ANSWERED, PetitionStatus.CLOSED,
                PetitionStatus.REFUSED, PetitionStatus.MERGED).contains(PetitionStatus.RECEIVED);
    }
}
