package vn.danvan.dossier;

import java.time.LocalTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The hour from which a dossier received at the counter counts from the next working day
 * ({@code danvan.dossier.next-day-from}, default 15:00, as ../shared/docs/domain.md's time rules and the one-stop
 * decree, Nghị định 61/2018/NĐ-CP as amended by Nghị định 107/2021/NĐ-CP, set it), shown on the receipt form with
 * its source.
 */
@Component
class DossierSettings {

    static final String LEGAL_SOURCE = "Nghị định 61/2018/NĐ-CP, sửa đổi bởi Nghị định 107/2021/NĐ-CP";

    private final LocalTime nextDayFrom;

    DossierSettings(@Value("${danvan.dossier.next-day-from:15:00}") String nextDayFrom) {
        this.nextDayFrom = LocalTime.parse(nextDayFrom);
    }

    /** Dossiers received at or after this time of a working day count from the next working day. */
    LocalTime nextDayFrom() {
        return nextDayFrom;
    }
}
