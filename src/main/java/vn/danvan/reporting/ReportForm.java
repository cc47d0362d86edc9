package vn.danvan.reporting;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A unit's report as written: the narrative of each section by its code ({@code sections[1b]}, at most
 * report_section.body's 20,000 characters), the figures of the indicators the unit types in by their
 * code ({@code figures[manual.1]}, typed as in Viet Nam, "87,5", and read by {@link FigureInput}: a number
 * component would lose what was typed, as Spring reports a value of a map that does not convert on the
 * whole map), the sections marked as
 * highlights (their codes, {@code highlights=1b}), the self-rating and the version of the report shown.
 */
record ReportForm(
        Map<String, @Size(max = 20_000) String> sections,
        Map<String, @Size(max = 30) @Pattern(regexp = FigureInput.PATTERN, message = "{reporting.error.number}") String> figures,
        List<@Size(max = 20) String> highlights,
        SelfRating selfRating,
        Long version) {

    /** A part left out of the request is empty (the page reads {@code sections[1b]} of it again). */
    ReportForm {
        sections = sections == null ? Map.of() : sections;
        figures = figures == null ? Map.of() : figures;
        highlights = highlights == null ? List.of() : highlights;
    }
}
