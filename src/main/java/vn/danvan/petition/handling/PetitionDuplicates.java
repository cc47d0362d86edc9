package vn.danvan.petition.handling;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.organisation.OrganisationScope;
import vn.danvan.shared.text.VietnameseText;

/**
 * Suggests petitions that may be the same case: still open (or answered), same category, same unit
 * or same place, and with enough words of the title and content in common, ignoring accents.
 * Only petitions the current user may see are suggested.
 */
@Service
@Transactional(readOnly = true)
class PetitionDuplicates {

    static final int MAX = 5;
    static final double THRESHOLD = 0.3;
    /** Open petitions of the category compared at most, newest first. */
    static final int SCAN_LIMIT = 1000;

    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
    /** Common Vietnamese words (without accents) that say nothing about the case. */
    static final Set<String> STOP_WORDS = Set.of("cac", "cua", "cho", "voi", "mot", "nhung", "nay", "kia", "trong",
            "ngoai", "duoc", "khong", "rat", "nhieu", "cung", "thi", "nhu", "tai", "theo", "dang", "roi", "lai", "nen",
            "vao", "ong", "xin", "kinh", "gui", "nghi", "kien", "phan", "anh", "xem", "xet", "giai", "quyet", "viec",
            "hien", "dan", "nguoi", "tren", "duoi", "the", "nao", "sau", "truoc", "hay", "hoac", "con", "van",
            "neu", "ngay", "hom");

    private final JdbcClient jdbc;
    private final OrganisationScope scope;

    PetitionDuplicates(JdbcClient jdbc, OrganisationScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    /** Up to {@code max} visible petitions that look like {@code p}, most similar first. */
    List<DuplicateCandidate> similarTo(Petition p, int max) {
        var visible = scope.visibleUnits();
        Map<String, Object> params = new LinkedHashMap<>();
        var sql = new StringBuilder("select " + PetitionRepository.COLUMNS + " from petition p"
                + " where p.id <> :id and p.category_id = :category and p.status in (:statuses)");
        params.put("id", p.id() == null ? -1L : p.id());
        params.put("category", p.categoryId());
        var statuses = new HashSet<>(PetitionStatus.openStatuses());
        statuses.add(PetitionStatus.ANSWERED);
        params.put("statuses", statuses.stream().map(Enum::name).toList());
        if (!visible.all()) {
            if (visible.unitIds().isEmpty()) {
                return List.of();
            }
            sql.append(" and p.unit_id in (:units)");
            params.put("units", visible.unitIds());
        }
        if (p.unitId() != null) {
            sql.append(" and (p.unit_id = :unit or p.place is not null)");
            params.put("unit", p.unitId());
        } else {
            sql.append(" and p.place is not null");
        }
        sql.append(" order by p.received_at desc, p.id desc limit " + SCAN_LIMIT);
        var spec = jdbc.sql(sql.toString());
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        String place = placeKey(p.place());
        Set<String> words = words(p.title() + " " + p.content());
        return spec.query(PetitionRepository::row).stream()
                .filter(other -> (p.unitId() != null && p.unitId().equals(other.unitId()))
                        || (!place.isEmpty() && place.equals(placeKey(other.place()))))
                .map(other -> new DuplicateCandidate(other.id(), other.code(), other.title(), other.status(),
                        score(words, words(other.title() + " " + other.content()))))
                .filter(c -> c.score() >= THRESHOLD)
                .sorted(Comparator.comparingDouble(DuplicateCandidate::score).reversed()
                        .thenComparing(DuplicateCandidate::id, Comparator.reverseOrder()))
                .limit(Math.max(0, max))
                .toList();
    }

    private static String placeKey(String place) {
        return NON_WORD.matcher(VietnameseText.searchKey(place)).replaceAll(" ").strip();
    }

    /** The telling words of a text: without accents, at least 3 letters long, no stop words. */
    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : NON_WORD.split(VietnameseText.searchKey(text))) {
            if (w.length() >= 3 && !STOP_WORDS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /** Words in common over all words of both (Jaccard), 0 when either has none. */
    static double score(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    static double score(String a, String b) {
        return score(words(a), words(b));
    }
}
