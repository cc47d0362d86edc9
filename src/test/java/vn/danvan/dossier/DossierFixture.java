package vn.danvan.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.organisation.OrganisationFixture;
import vn.danvan.organisation.Role;
import vn.danvan.shared.DanVanTime;

/**
 * Procedures and dossiers in a given state, as the people make them: Home Affairs adds a procedure, the
 * unit's officer enters dossiers of earlier days from its paper book (the import, which takes past dates
 * and any state), the applicant rates a returned one on the portal.
 */
final class DossierFixture {

    private static final String HOME_AFFAIRS = "noivu";
    private static final String BOOK_HEADER =
            "Mã hồ sơ,Mã thủ tục,Ngày tiếp nhận,Ngày hẹn trả,Ngày trả kết quả,Trạng thái,Người nộp\n";

    private final DossierProcedures procedures;
    private final DossierImport book;
    private final DossierLookup portal;
    private final OrganisationFixture organisation;
    private final JdbcClient jdbc;
    private final Map<Long, String> officers = new HashMap<>();

    private DossierFixture(ApplicationContext context) {
        this.procedures = context.getBean(DossierProcedures.class);
        this.book = context.getBean(DossierImport.class);
        this.portal = context.getBean(DossierLookup.class);
        this.organisation = OrganisationFixture.of(context);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    static DossierFixture of(ApplicationContext context) {
        return new DossierFixture(context);
    }

    /** A procedure of the unit with a code of its own and the time limit in days, added by Home Affairs; its code. */
    String procedure(long unitId, int days) {
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        organisation.actingAs(HOME_AFFAIRS, () -> procedures.add(new ProcedureForm(code, "Thủ tục thử " + code,
                "Hộ tịch", days, 0L, unitId, true, null)));
        return code;
    }

    /**
     * A dossier of the procedure's unit received on the day and due on another, in the state (returned on
     * {@code returned} when RETURNED), entered from the unit's book by its officer. Its code.
     */
    String fromTheBook(String procedureCode, long unitId, LocalDate received, LocalDate due, DossierState state,
            LocalDate returned) {
        String code = "000.00.12.H03-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String row = String.join(",", code, procedureCode, received.format(DanVanTime.DATE), due.format(DanVanTime.DATE),
                returned == null ? "" : returned.format(DanVanTime.DATE), state.name(), "Người thử") + "\n";
        var result = organisation.actingAs(officerOf(unitId),
                () -> book.importFile("so-theo-doi.csv", (BOOK_HEADER + row).getBytes(StandardCharsets.UTF_8)));
        assertThat(result.problems()).isEmpty();
        return code;
    }

    /** The applicant's rating of the returned dossier, given on the portal. */
    void rated(String code, int rating) {
        portal.rate(new RatingForm(code, rating));
    }

    /**
     * The apology letter issued on the day, promising the result five days after the due date. The screen
     * issues one only today and only while the dossier is open; a past one, on a dossier since returned,
     * is written onto the record directly.
     */
    void apologisedOn(String code, LocalDate issuedOn, LocalDate due) {
        jdbc.sql("""
                update dossier set apology_issued_at = :at, apology_new_date = :newDate, apology_reason = 'Chờ xác minh'
                 where code = :code""")
                .param("at", issuedOn.atTime(8, 0).atZone(DanVanTime.ZONE).toOffsetDateTime())
                .param("newDate", due.plusDays(5)).param("code", code).update();
    }

    private String officerOf(long unitId) {
        return officers.computeIfAbsent(unitId,
                unit -> organisation.staff().in(unit).role(Role.OFFICER).usernameStartingWith("hs.").create().username());
    }
}
