package vn.danvan.supervision;

import java.time.LocalDate;

/** The records the supervision screens read; none carries a person's name. */
final class Views {

    private Views() {
    }

    /** A request as filed by the Front. */
    record Request(long id, long frontUnitId, String frontUnitName, RequestKind kind, String title, String content,
            String documentNumber, LocalDate documentDate, LocalDate statedDueDate, LocalDate dueDate,
            RequestStatus status, LocalDate sentOn, boolean published, long version) {
    }

    /** A numbered recommendation (kiến nghị) of a request. */
    record Recommendation(long id, long requestId, int number, String content) {
    }

    /** A unit a request is addressed to, with its own due date; overdue while it has not answered after it. */
    record Recipient(long id, long requestId, long unitId, String unitName, LocalDate dueDate, String status,
            LocalDate answeredOn, long version, boolean overdue) {

        public boolean answered() {
            return Supervision.ANSWERED.equals(status);
        }
    }

    /** A unit's answer to one recommendation: drafted, then sent by the head; marked by the Front. */
    record Answer(long id, long recommendationId, long recipientId, AnswerOutcome outcome, String actionText,
            LocalDate actionDueDate, String explanation, String status, LocalDate sentOn, boolean late,
            AnswerMark mark, String markComment, long version) {

        public boolean sent() {
            return Supervision.SENT.equals(status);
        }

        public String key() {
            return recommendationId + "-" + recipientId;
        }
    }
}
