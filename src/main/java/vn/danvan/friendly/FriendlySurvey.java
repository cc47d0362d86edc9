package vn.danvan.friendly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitKind;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.InvalidRequestException;

/**
 * The citizens' satisfaction survey (phiếu khảo sát sự hài lòng): five questions rated 1-5 and an
 * optional comment per answer, for one unit. An answer stores the unit, the time and the ratings only:
 * no name, no contact, no client address.
 */
@Service
@Transactional
class FriendlySurvey {

    /** The questions, in order; each is a column of {@code friendly_survey_answer} and a message key. */
    public static final List<String> QUESTIONS = List.of("attitude", "waiting", "guidance", "facilities", "overall");
    static final int COMMENT_MAX = 1000;

    private final JdbcClient jdbc;
    private final OrganisationService organisation;
    private final Clock clock;

    FriendlySurvey(JdbcClient jdbc, OrganisationService organisation, Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** Units that assess themselves and may be rated: active, neither the Front nor its organisations. */
    @Transactional(readOnly = true)
    public List<UnitView> units() {
        return organisation.activeUnits().stream().filter(FriendlySurvey::assesses).toList();
    }

    /** Whether the unit assesses itself (and may be rated). */
    @Transactional(readOnly = true)
    public boolean assesses(long unitId) {
        return organisation.unit(unitId).filter(FriendlySurvey::assesses).isPresent();
    }

    static boolean assesses(UnitView u) {
        return !u.retired() && u.kind() != UnitKind.FATHERLAND_FRONT
                && u.kind() != UnitKind.SOCIO_POLITICAL_ORGANISATION;
    }

    /** The kinds of unit that assess themselves: all but the Front and its organisations. */
    static UnitKind[] assessedKinds() {
        return java.util.Arrays.stream(UnitKind.values())
                .filter(k -> k != UnitKind.FATHERLAND_FRONT && k != UnitKind.SOCIO_POLITICAL_ORGANISATION)
                .toArray(UnitKind[]::new);
    }

    /**
     * Records an answer of a valid form (its rules are the form's); a unit that is not rated (unknown,
     * retired, the Front) is thrown as a problem on its field, with nothing saved.
     */
    void answer(SurveyForm form) {
        UnitView unit = form.unitId() == null ? null
                : organisation.unit(form.unitId()).filter(FriendlySurvey::assesses).orElse(null);
        if (unit == null) {
            throw InvalidRequestException.onField("unitId", "friendly.survey.error.unit");
        }
        insert(unit.id(), OffsetDateTime.now(clock), form.ratings(), form.comment(), false);
    }

    void insert(long unitId, OffsetDateTime at, List<Integer> r, String comment, boolean demo) {
        jdbc.sql("""
                insert into friendly_survey_answer (unit_id, answer_year, answered_at, attitude, waiting, guidance,
                    facilities, overall, comment, demo)
                values (:unit, :year, :at, :a, :w, :g, :f, :o, :comment, :demo)""")
                .param("unit", unitId).param("year", at.atZoneSameInstant(DanVanTime.ZONE).getYear())
                .param("at", at).param("a", r.get(0)).param("w", r.get(1)).param("g", r.get(2))
                .param("f", r.get(3)).param("o", r.get(4)).param("comment", comment).param("demo", demo).update();
    }

    /** The unit's results for the year (the unit alone). */
    @Transactional(readOnly = true)
    public SurveyResult result(long unitId, int year) {
        return results(List.of(unitId), year).get(unitId);
    }

    /** The results of each given unit (each alone) for the year, by unit: one query. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, SurveyResult> results(java.util.Collection<Long> unitIds, int year) {
        java.util.Map<Long, SurveyResult> results = new java.util.LinkedHashMap<>();
        if (!unitIds.isEmpty()) {
            jdbc.sql("""
                    select unit_id, count(*) as n, avg(attitude * 1.0) as attitude, avg(waiting * 1.0) as waiting,
                           avg(guidance * 1.0) as guidance, avg(facilities * 1.0) as facilities,
                           avg(overall * 1.0) as overall
                      from friendly_survey_answer where unit_id in (:units) and answer_year = :year
                     group by unit_id""")
                    .param("units", unitIds).param("year", year)
                    .query(rs -> {
                        long n = rs.getLong("n");
                        List<BigDecimal> averages = new ArrayList<>();
                        for (String q : QUESTIONS) {
                            BigDecimal v = rs.getBigDecimal(q);
                            averages.add(n == 0 || v == null ? null : v.setScale(2, RoundingMode.HALF_UP));
                        }
                        long unitId = rs.getLong("unit_id");
                        results.put(unitId, new SurveyResult(unitId, year, n, n == 0 ? List.of() : averages));
                    });
        }
        unitIds.forEach(u -> results.putIfAbsent(u, new SurveyResult(u, year, 0, List.of())));
        return results;
    }

    /** Those of the given units whose friendliness is assessed (see {@link #assesses(long)}): one query. */
    public java.util.Set<Long> assessed(java.util.Collection<Long> unitIds) {
        java.util.Set<Long> assessed = new java.util.HashSet<>();
        organisation.units(unitIds).values().stream().filter(FriendlySurvey::assesses).forEach(u -> assessed.add(u.id()));
        return assessed;
    }

    /** The year's comments of the unit, newest first (at most 200), with their day only. */
    @Transactional(readOnly = true)
    public List<Comment> comments(long unitId, int year) {
        return jdbc.sql("""
                select answered_at, comment from friendly_survey_answer
                 where unit_id = :unit and answer_year = :year and comment is not null
                 order by answered_at desc, id desc fetch first 200 rows only""")
                .param("unit", unitId).param("year", year)
                .query((rs, i) -> new Comment(rs.getObject("answered_at", OffsetDateTime.class)
                        .atZoneSameInstant(DanVanTime.ZONE).toLocalDate(), rs.getString("comment"))).list();
    }

    public record Comment(java.time.LocalDate day, String text) {
    }
}
