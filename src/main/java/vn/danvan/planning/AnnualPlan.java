package vn.danvan.planning;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.danvan.shared.web.InvalidRequestException;

/**
 * A unit's annual civic-engagement plan (Kế hoạch công tác dân vận chính quyền năm YYYY). Each
 * change of state is a method that checks the current state, refuses with a message naming it, and
 * records a step of the history; persistence saves the state and appends the recorded steps.
 */
class AnnualPlan {

    private final Long id;
    private final long unitId;
    private final int year;
    private final long version;
    private PlanStatus status;
    private String returnedReason;
    private OffsetDateTime approvedAt;
    private String approvedBy;
    private String approverName;
    private final List<Step> recorded = new ArrayList<>();

    /** A step of the status history, as recorded by an action. */
    record Step(String action, PlanStatus from, PlanStatus to, String note) {
    }

    AnnualPlan(Long id, long unitId, int year, PlanStatus status, String returnedReason, OffsetDateTime approvedAt,
            String approvedBy, String approverName, long version) {
        this.id = id;
        this.unitId = unitId;
        this.year = year;
        this.status = status;
        this.returnedReason = returnedReason;
        this.approvedAt = approvedAt;
        this.approvedBy = approvedBy;
        this.approverName = approverName;
        this.version = version;
    }

    static AnnualPlan draft(long unitId, int year) {
        AnnualPlan plan = new AnnualPlan(null, unitId, year, PlanStatus.DRAFT, null, null, null, null, 0);
        plan.recorded.add(new Step("CREATE", null, PlanStatus.DRAFT, null));
        return plan;
    }

    /** Officers send the plan to the head; a plan without items has nothing to approve. */
    void submit(int itemCount) {
        if (itemCount == 0) {
            throw new InvalidRequestException("planning.error.noItems");
        }
        move("SUBMIT", PlanStatus.SUBMITTED, null);
        returnedReason = null;
    }

    void approve(String username, String name, OffsetDateTime at) {
        move("APPROVE", PlanStatus.APPROVED, null);
        approvedAt = at;
        approvedBy = username;
        approverName = name;
    }

    /** The head sends the plan back for changes, saying why. */
    void returnForChanges(String reason) {
        String why = required(reason);
        move("RETURN", PlanStatus.RETURNED, why);
        returnedReason = why;
    }

    /** The head opens an approved plan again to change its items, saying why; its number stays. */
    void reopen(String reason) {
        String why = required(reason);
        move("REOPEN", PlanStatus.DRAFT, why);
    }

    /** Items may be added, changed or removed only in a draft or returned plan. */
    void requireItemsEditable() {
        if (!status.itemsEditable()) {
            throw new InvalidRequestException("planning.error.itemsLocked", new DefaultMessageSourceResolvable(status.messageKey()));
        }
    }

    private void move(String action, PlanStatus next, String note) {
        if (!status.allows(next)) {
            throw new InvalidRequestException("planning.error.transition", new DefaultMessageSourceResolvable(status.messageKey()));
        }
        recorded.add(new Step(action, status, next, note));
        status = next;
    }

    private static String required(String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidRequestException.onField("note", "planning.error.reasonRequired");
        }
        return reason.strip();
    }

    List<Step> recordedSteps() {
        return List.copyOf(recorded);
    }

    Long id() { return id; }
    long unitId() { return unitId; }
    int year() { return year; }
    PlanStatus status() { return status; }
    String returnedReason() { return returnedReason; }
    OffsetDateTime approvedAt() { return approvedAt; }
    String approvedBy() { return approvedBy; }
    String approverName() { return approverName; }
    long version() { return version; }
}
