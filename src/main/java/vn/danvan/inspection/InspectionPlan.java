package vn.danvan.inspection;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.Problem;

/**
 * An inspection plan as it changes: its units, team and checklist change while a draft; approved once.
 * Each change checks the state and refuses with a message naming it; {@link InspectionRepository} loads
 * and saves it. Views read {@link Records.Plan}.
 */
class InspectionPlan {

    private final long id;
    private final int year;
    private final long version;
    private PlanStatus status;
    private String approvedBy;
    private OffsetDateTime approvedAt;

    InspectionPlan(long id, int year, PlanStatus status, String approvedBy, OffsetDateTime approvedAt, long version) {
        this.id = id;
        this.year = year;
        this.status = status;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
        this.version = version;
    }

    /** Units, team members and checklist items are added or removed only while the plan is a draft. */
    void requireDraft() {
        if (!status.editable()) {
            throw refused();
        }
    }

    /** Approves a draft with at least one unit, a lead and a checklist item; final. */
    void approve(int units, boolean lead, int items, String by, OffsetDateTime at) {
        if (!status.allows(PlanStatus.APPROVED)) {
            throw refused();
        }
        List<Problem> problems = new ArrayList<>();
        if (units == 0) {
            problems.add(Problem.on("unitId", "inspection.error.planNoUnit"));
        }
        if (!lead) {
            problems.add(Problem.on("personId", "inspection.error.leadRequired"));
        }
        if (items == 0) {
            problems.add(Problem.on("itemText", "inspection.error.itemRequired"));
        }
        InvalidRequestException.throwIfAny(problems);
        status = PlanStatus.APPROVED;
        approvedBy = by;
        approvedAt = at;
    }

    private InvalidRequestException refused() {
        return new InvalidRequestException("inspection.error.planApproved",
                new DefaultMessageSourceResolvable(status.messageKey()));
    }

    long id() { return id; }
    int year() { return year; }
    PlanStatus status() { return status; }
    String approvedBy() { return approvedBy; }
    OffsetDateTime approvedAt() { return approvedAt; }
    long version() { return version; }
}
