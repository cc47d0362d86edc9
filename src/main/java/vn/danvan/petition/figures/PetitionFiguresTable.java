package vn.danvan.petition.figures;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The petition figures of one unit as a summary per child unit: the way down to it
 * ({@code breadcrumb}), its whole branch ({@code total}), its own petitions ({@code own}, null for the
 * top of several trees) and a row per child, each the child's whole branch. {@code unitId} is null for
 * the top of the organisation's trees on the portal. {@code refreshedAt} is when the stored summary
 * was worked out, null when the figures were read now.
 */
record PetitionFiguresTable(Long unitId, List<Crumb> breadcrumb, PetitionFiguresRow total, PetitionFiguresRow own,
        List<Row> rows, LocalDate from, LocalDate to, OffsetDateTime refreshedAt) {

    PetitionFiguresTable {
        breadcrumb = List.copyOf(breadcrumb);
        rows = List.copyOf(rows);
    }

    /** A unit on the way down; the last one is the unit shown. */
    record Crumb(long unitId, String name) {
    }

    /** A child unit's branch; {@code branch} when units are under it (its name then drills down). */
    record Row(PetitionFiguresRow figures, boolean branch) {
    }
}
