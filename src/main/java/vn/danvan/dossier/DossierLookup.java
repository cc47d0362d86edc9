package vn.danvan.dossier;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.text.TypedText;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.Problem;

/**
 * The portal side of a dossier, no sign-in: looked up by its code (as printed on the receipt slip) it shows
 * {@link PublicDossier} only; once the result was returned the citizen rates the service 1-5, once.
 */
@Service
@Transactional
class DossierLookup {

    private final JdbcClient jdbc;
    private final Clock clock;

    DossierLookup(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The dossier with this code (as typed: case, spaces, O/0 and I/L/1 forgiven), if any. */
    @Transactional(readOnly = true)
    public Optional<PublicDossier> find(String typed) {
        String text = TypedText.of(typed);
        if (text == null || text.length() > 40) {
            return Optional.empty();
        }
        // an imported dossier keeps the province's code as written; one of ours forgives case, spaces, O/0, I/L/1
        String exact = text.toUpperCase(java.util.Locale.ROOT);
        Optional<PublicDossier> found = byCode(exact);
        return found.isPresent() ? found : byCode(DossierCodes.normalise(typed));
    }

    private Optional<PublicDossier> byCode(String code) {
        var today = java.time.LocalDate.now(clock.withZone(DanVanTime.ZONE));
        return jdbc.sql("""
                select d.code, p.name as procedure_name, u.name as unit_name, d.state, d.received_at, d.due_date,
                       d.apology_new_date, d.rating, d.returned_at
                  from dossier d join dossier_procedure p on p.id = d.procedure_id join org_unit u on u.id = d.unit_id
                 where d.code = :code""").param("code", code)
                .query((rs, i) -> {
                    DossierState state = DossierState.valueOf(rs.getString("state"));
                    var due = rs.getObject("due_date", java.time.LocalDate.class);
                    var returned = rs.getObject("returned_at", OffsetDateTime.class);
                    int stars = rs.getInt("rating");
                    Integer rating = rs.wasNull() ? null : stars;
                    return new PublicDossier(rs.getString("code"), rs.getString("procedure_name"),
                            rs.getString("unit_name"), state,
                            rs.getObject("received_at", OffsetDateTime.class).atZoneSameInstant(DanVanTime.ZONE)
                                    .toLocalDate(),
                            due, DossierRules.late(state, due, today), rs.getObject("apology_new_date",
                                    java.time.LocalDate.class), rating,
                            returned == null ? null : returned.atZoneSameInstant(DanVanTime.ZONE).toLocalDate());
                }).optional();
    }

    /** The rules of a rating beyond the form's: the result was returned, and it was not rated yet. */
    List<Problem> check(PublicDossier d) {
        if (d.state() != DossierState.RETURNED) {
            return List.of(Problem.on("rating", "dossier.error.ratingNotReturned"));
        }
        if (d.rating() != null) {
            return List.of(Problem.on("rating", "dossier.error.ratedAlready"));
        }
        return List.of();
    }

    /** Records the citizen's rating (the form valid) of a returned dossier, once; returns the dossier's code. */
    public String rate(RatingForm form) {
        PublicDossier d = find(form.code()).orElseThrow(() -> new InvalidRequestException("dossier.lookup.notFound"));
        InvalidRequestException.throwIfAny(check(d));
        int rows = jdbc.sql("""
                update dossier set rating = :rating, rated_at = :now where code = :code and state = 'RETURNED'
                   and rating is null""")
                .param("rating", form.rating()).param("now", OffsetDateTime.now(clock)).param("code", d.code()).update();
        if (rows == 0) {
            throw InvalidRequestException.onField("rating", "dossier.error.ratedAlready");
        }
        return d.code();
    }
}
