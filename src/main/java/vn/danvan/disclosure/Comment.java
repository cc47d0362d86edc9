package vn.danvan.disclosure;

import java.time.LocalDate;

/** A resident's comment on a disclosure and the unit's answer (null until answered). */
record Comment(long id, long disclosureId, LocalDate receivedOn, String content, String answer, LocalDate answeredOn,
        String answeredBy, long version) {

    public boolean answered() {
        return answer != null;
    }
}
