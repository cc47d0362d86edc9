package vn.danvan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import vn.danvan.shared.web.InvalidRequestException;

/** The report's states move only as the directive's procedure allows. */
class ReportStateTests {

    private static final Deadline DEADLINE = new Deadline(LocalDate.of(2026, 10, 15), 0);
    private static final OffsetDateTime BEFORE = OffsetDateTime.of(2026, 10, 1, 9, 0, 0, 0, ZoneOffset.ofHours(7));
    private static final OffsetDateTime AFTER = OffsetDateTime.of(2026, 10, 20, 9, 0, 0, 0, ZoneOffset.ofHours(7));

    private static UnitReport report(ReportState state) {
        return new UnitReport(1, 1, 1, state, null, null, null, null, 0);
    }

    @Test
    void aReportGoesFromNotStartedThroughSignOffToAccepted() {
        UnitReport r = report(ReportState.NOT_STARTED);
        r.start();
        assertThat(r.state()).isEqualTo(ReportState.DRAFT);
        r.edit(SelfRating.GOOD);
        r.signOff();
        assertThat(r.state()).isEqualTo(ReportState.SIGNED_OFF);
        r.submit(BEFORE, DEADLINE);
        assertThat(r.state()).isEqualTo(ReportState.SUBMITTED);
        assertThat(r.onTime()).isTrue();
        r.accept();
        assertThat(r.state()).isEqualTo(ReportState.ACCEPTED);
    }

    @Test
    void aDraftCannotBeSubmittedBeforeTheHeadSignsItOff() {
        UnitReport r = report(ReportState.DRAFT);
        assertThatThrownBy(() -> r.submit(BEFORE, DEADLINE)).isInstanceOf(InvalidRequestException.class)
                .hasMessage("reporting.error.state");
    }

    @Test
    void signOffNeedsASelfRating() {
        UnitReport r = report(ReportState.DRAFT);
        assertThatThrownBy(r::signOff).isInstanceOf(InvalidRequestException.class)
                .hasMessage("reporting.error.ratingMissing");
    }

    @Test
    void anAcceptedReportIsLockedAgainstEditing() {
        UnitReport r = report(ReportState.ACCEPTED);
        assertThatThrownBy(() -> r.edit(SelfRating.DONE)).isInstanceOf(InvalidRequestException.class)
                .hasMessage("reporting.error.locked");
    }

    @Test
    void aReturnNeedsCommentsAndSendsTheReportBackToTheUnit() {
        UnitReport r = report(ReportState.SUBMITTED);
        assertThatThrownBy(() -> r.returnForCorrection(" ")).hasMessage("reporting.error.commentRequired");
        r.returnForCorrection("Bổ sung số liệu đối thoại");
        assertThat(r.state()).isEqualTo(ReportState.RETURNED);
        r.edit(SelfRating.GOOD);
        assertThat(r.state()).isEqualTo(ReportState.DRAFT);
    }

    @Test
    void reopeningAnAcceptedReportNeedsAReason() {
        UnitReport r = report(ReportState.ACCEPTED);
        assertThatThrownBy(() -> r.reopen(null)).hasMessage("reporting.error.reasonRequired");
        r.reopen("Sai số liệu tiếp công dân");
        assertThat(r.state()).isEqualTo(ReportState.RETURNED);
        assertThat(r.lastComment()).isEqualTo("Sai số liệu tiếp công dân");
    }

    @Test
    void theFirstSubmissionDecidesOnTimeAndAResubmissionKeepsIt() {
        UnitReport r = new UnitReport(1, 1, 1, ReportState.SIGNED_OFF, SelfRating.GOOD, null, null, null, 0);
        r.submit(BEFORE, DEADLINE);
        r.returnForCorrection("Bổ sung");
        r.edit(SelfRating.GOOD);
        r.signOff();
        r.submit(AFTER, DEADLINE);
        assertThat(r.onTime()).isTrue();
        assertThat(r.submittedAt()).isEqualTo(BEFORE);
    }

    @Test
    void onlyASubmittedReportCanBeAccepted() {
        for (ReportState s : ReportState.values()) {
            assertThat(s.allows(ReportState.ACCEPTED)).isEqualTo(s == ReportState.SUBMITTED);
        }
    }
}
