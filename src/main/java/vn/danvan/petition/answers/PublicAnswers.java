package vn.danvan.petition.answers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.shared.web.Keyset;
import vn.danvan.shared.web.PageOf;
import vn.danvan.shared.web.PageQuery;
import vn.danvan.petition.intake.TrackingCodes;
import vn.danvan.petition.handling.CategoryView;
import vn.danvan.petition.handling.PetitionRepository;
import vn.danvan.petition.handling.PetitionTally;

/**
 * Published answers for the portal (công khai kết quả trả lời): only petitions answered with
 * {@code published} set, and of them only the columns of {@link PublicAnswer}, so that no
 * personal data and no private answer text can reach a public page.
 */
@Service
@Transactional(readOnly = true)
class PublicAnswers {

    /**
     * The list's order, newest answer first: a total order, with the index {@code petition_published_list_idx}
     * (V36).
     */
    static final Keyset ORDER = Keyset.descending(Keyset.timestamp("p.answered_at"), Keyset.number("p.id"));

    private static final String FROM = """
             from petition p
             join petition_category c on c.id = p.category_id
             join org_unit u on u.id = p.unit_id
             where p.published and p.answered_at is not null and p.public_answer is not null
               and p.status in ('ANSWERED', 'CLOSED')""";

    /** Published answers (the conditions of {@link #FROM}, which joins the names), on {@code petition p}. */
    private static final String PUBLISHED = """
            p.published and p.answered_at is not null and p.public_answer is not null
            and p.status in ('ANSWERED', 'CLOSED') and p.unit_id is not null""";

    /** The most markers the portal's map shows at once. */
    static final int MAP_LIMIT = 1000;

    private final JdbcClient jdbc;
    private final PetitionTally tally;
    private final OrganisationService organisation;
    private final PetitionRepository petitions;

    PublicAnswers(JdbcClient jdbc, OrganisationService organisation, PetitionRepository petitions,
            PetitionTally tally) {
        this.jdbc = jdbc;
        this.tally = tally;
        this.organisation = organisation;
        this.petitions = petitions;
    }

    /** One page of the published answers that pass the filter, newest first, with their total. */
    PageOf<PublicAnswer> page(PublicAnswerFilter f, PageQuery page) {
        var where = new StringBuilder();
        Map<String, Object> params = new LinkedHashMap<>();
        filter(f, where, params);
        // the petitions alone, counted and then read a page at a time in the index's order; their unit's and
        // category's names joined to the page only (joined first, PostgreSQL read every published answer)
        // unfiltered or by unit alone: the tally's count (an anonymous page must not count a million answers)
        long total = f.categoryId() == null && f.year() == null && (f.q() == null || f.q().isBlank())
                ? tally.listed(f.unitId())
                : jdbc.sql("select count(*) from petition p where " + PUBLISHED + where).params(params)
                        .query(Long.class).single();
        String seek = ORDER.seek(page, params);
        List<Keyed> answers = jdbc.sql("""
                select p.id, p.code, p.title, c.name as category, u.name as unit, p.answered_at, p.public_answer
                from (select p.id, p.code, p.title, p.category_id, p.unit_id, p.answered_at, p.public_answer
                      from petition p where""" + " " + PUBLISHED + where + seek + ORDER.orderAndLimit(page) + """
                ) p
                join petition_category c on c.id = p.category_id
                join org_unit u on u.id = p.unit_id""" + ORDER.orderBy(page)).params(params)
                .query((rs, n) -> new Keyed(rs.getLong("id"), rs.getObject("answered_at", OffsetDateTime.class),
                        row(rs, n))).list();
        PageOf<Keyed> keyed = ORDER.page(page, answers, k -> List.of(k.answeredAt(), k.id()), total);
        return keyed.with(keyed.rows().stream().map(Keyed::answer).toList());
    }

    /**
     * The published answers that pass the filter and have a place on the map, newest first, at most
     * {@value #MAP_LIMIT}: their code, title and point only, nothing of the petitioner; each with the address of
     * its page, {@code answersPath} and the code.
     */
    List<AnswerPoint> located(PublicAnswerFilter f, String answersPath) {
        var where = new StringBuilder();
        Map<String, Object> params = new LinkedHashMap<>();
        filter(f, where, params);
        return jdbc.sql("select p.code, p.title, p.latitude, p.longitude from petition p where " + PUBLISHED
                        + " and p.latitude is not null and p.longitude is not null" + where
                        + " order by p.answered_at desc, p.id desc fetch first " + MAP_LIMIT + " rows only")
                .params(params)
                .query((rs, n) -> new AnswerPoint(rs.getString("code"), rs.getString("title"),
                        rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"),
                        answersPath + rs.getString("code")))
                .list();
    }

    /** The conditions of the list's filter, on {@code petition p}, appended to {@code where}. */
    private void filter(PublicAnswerFilter f, StringBuilder where, Map<String, Object> params) {
        if (f.unitId() != null) {
            where.append(" and p.unit_id = :unit");
            params.put("unit", f.unitId());
        }
        if (f.categoryId() != null) {
            where.append(" and p.category_id = :category");
            params.put("category", f.categoryId());
        }
        if (f.year() != null) {
            where.append(" and p.answered_at >= :yearStart and p.answered_at < :yearEnd");
            params.put("yearStart", startOf(LocalDate.of(f.year(), 1, 1)));
            params.put("yearEnd", startOf(LocalDate.of(f.year() + 1, 1, 1)));
        }
        if (TrackingCodes.isCode(f.q())) {
            where.append(" and p.code = :code");
            params.put("code", TrackingCodes.normalise(f.q()));
        } else {
            appendWords(f.q(), where, params);
        }
    }

    /** An answer with the keys the list is ordered by. */
    private record Keyed(long id, OffsetDateTime answeredAt, PublicAnswer answer) {
    }

    Optional<PublicAnswer> byCode(String code) {
        return jdbc.sql("select p.code, p.title, c.name as category, u.name as unit, p.answered_at, p.public_answer"
                        + " " + FROM + " and p.code = :code")
                .param("code", code).query(PublicAnswers::row).optional();
    }

    /**
     * Every word must occur in the petition's search key or in the search key of its unit's or its
     * category's name, so that "dat dai an binh" finds a land petition (Đất đai) of An Bình.
     */
    private void appendWords(String q, StringBuilder where, Map<String, Object> params) {
        List<UnitView> units = organisation.tree();
        List<CategoryView> categories = petitions.categories(false);
        int i = 0;
        for (String word : VietnameseText.searchKey(q).split(" ")) {
            if (word.isBlank()) {
                continue;
            }
            Set<Long> unitIds = units.stream().filter(u -> VietnameseText.searchKey(u.name()).contains(word))
                    .map(UnitView::id).collect(Collectors.toSet());
            Set<Long> categoryIds = categories.stream()
                    .filter(c -> VietnameseText.searchKey(c.name()).contains(word))
                    .map(CategoryView::id).collect(Collectors.toSet());
            where.append(" and (p.public_search_key like :w").append(i);
            if (!unitIds.isEmpty()) {
                where.append(" or p.unit_id in (:wu").append(i).append(')');
                params.put("wu" + i, unitIds);
            }
            if (!categoryIds.isEmpty()) {
                where.append(" or p.category_id in (:wc").append(i).append(')');
                params.put("wc" + i, categoryIds);
            }
            where.append(')');
            params.put("w" + i++, "%" + word + "%");
        }
    }


    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(DanVanTime.ZONE).toOffsetDateTime();
    }

    private static PublicAnswer row(ResultSet rs, int n) throws SQLException {
        return new PublicAnswer(rs.getString("code"), rs.getString("title"), rs.getString("category"),
                rs.getString("unit"),
                rs.getObject("answered_at", OffsetDateTime.class).atZoneSameInstant(DanVanTime.ZONE).toLocalDate(),
                rs.getString("public_answer"));
    }
}
