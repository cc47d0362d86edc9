package vn.danvan.inspection;

import java.util.List;

import vn.danvan.shared.web.Problem;

/** The rules of the states, apart from the database so that they are tested alone. */
final class InspectionRules {

    private InspectionRules() {
    }

    /** The team of a new inspection: at least one member, and the lead among them. */
    static List<Problem> checkTeam(List<Long> memberIds, Long leadId) {
        List<Long> members = memberIds == null ? List.of()
                : memberIds.stream().filter(java.util.Objects::nonNull).toList();
        if (members.isEmpty()) {
            return List.of(Problem.on("memberIds", "inspection.error.teamRequired"));
        }
        if (leadId == null || !members.contains(leadId)) {
            return List.of(Problem.on("leadId", "inspection.error.leadRequired"));
        }
        return List.of();
    }
}
