package vn.danvan.documents;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitKind;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.text.TypedText;
import vn.danvan.shared.web.NotFoundException;

/**
 * How a unit appears as the issuer of a document: its header lines, its abbreviation in symbols
 * ("UBND" for a People's Committee, else the stored abbreviation or the unit's code) and its place
 * name in the date line.
 */
@Component
class Issuers {

    static final String COMMITTEE_ABBREVIATION = "UBND";
    static final String ENTITY = "DocumentIssuer";
    private static final Pattern COMMITTEE = Pattern.compile("^(ủy|uỷ) ban nhân dân\\s+", Pattern.CASE_INSENSITIVE
            | Pattern.UNICODE_CASE);
    private static final Pattern LEVEL = Pattern.compile(
            "^(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final JdbcClient jdbc;
    private final OrganisationService organisation;
    private final AuditService audit;
    private final Clock clock;

    Issuers(JdbcClient jdbc, OrganisationService organisation, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
    }

    UnitView unit(long unitId) {
        return organisation.unit(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
    }

    static boolean isCommittee(UnitView unit) {
        return unit.kind() == UnitKind.PEOPLES_COMMITTEE || unit.kind() == UnitKind.COMMUNE_COMMITTEE;
    }

    /** "UBND" for a People's Committee; otherwise the abbreviation an administrator set, or the unit's code. */
    String abbreviation(long unitId) {
        UnitView unit = unit(unitId);
        if (isCommittee(unit)) {
            return COMMITTEE_ABBREVIATION;
        }
        return stored(unitId).map(Settings::abbreviation).orElse(unit.code());
    }

    /** A committee writes its name on two lines; an office writes its committee above its own name. */
    IssuingBody issuingBody(long unitId) {
        UnitView unit = unit(unitId);
        if (isCommittee(unit)) {
            String area = COMMITTEE.matcher(unit.name()).replaceFirst("");
            return IssuingBody.of(null, "ỦY BAN NHÂN DÂN", caps(area));
        }
        String superior = parent(unit).filter(Issuers::isCommittee)
                .map(p -> COMMITTEE_ABBREVIATION + " " + caps(COMMITTEE.matcher(p.name()).replaceFirst("")))
                .orElse(null);
        return IssuingBody.of(superior, caps(unit.name()));
    }

    /** The place name of the date line: the committee's area ("Phú Giáo"), unless an administrator set one. */
    String place(long unitId) {
        Optional<String> set = stored(unitId).map(Settings::placeName).filter(p -> p != null && !p.isBlank());
        if (set.isPresent()) {
            return set.get();
        }
        UnitView unit = unit(unitId);
        for (UnitView u = unit; u != null; u = parent(u).orElse(null)) {
            if (isCommittee(u)) {
                return LEVEL.matcher(COMMITTEE.matcher(u.name()).replaceFirst("")).replaceFirst("");
            }
        }
        return unit.name();
    }

    /** Every active unit as an issuer, in tree order, with what its documents print. */
    List<IssuerRow> list() {
        Map<Long, Settings> stored = new HashMap<>();
        jdbc.sql("select unit_id, abbreviation, place_name, version from document_issuer")
                .query(rs -> {
                    stored.put(rs.getLong("unit_id"), new Settings(rs.getString("abbreviation"),
                            rs.getString("place_name"), rs.getLong("version")));
                });
        List<IssuerRow> rows = new ArrayList<>();
        for (UnitView unit : organisation.activeUnits()) {
            Settings set = stored.get(unit.id());
            String abbreviation = isCommittee(unit) ? COMMITTEE_ABBREVIATION
                    : set != null ? set.abbreviation() : unit.code();
            rows.add(new IssuerRow(unit.id(), unit.code(), unit.name(), unit.depth(), isCommittee(unit), abbreviation,
                    place(unit.id()), set != null, set == null ? 0L : set.version()));
        }
        return rows;
    }

    Optional<IssuerRow> row(long unitId) {
        return organisation.unit(unitId).filter(u -> !u.retired()).map(unit -> {
            Optional<Settings> set = stored(unitId);
            return new IssuerRow(unitId, unit.code(), unit.name(), unit.depth(), isCommittee(unit),
                    abbreviation(unitId), place(unitId), set.isPresent(), set.map(Settings::version).orElse(0L));
        });
    }

    /**
     * Sets the unit's abbreviation and place name (blank: derived from the unit tree). {@code version}
     * is the one the editor saw (0 for a unit never set; a stored row starts at 1): another
     * administrator's change in between fails the save.
     */
    @Transactional
    void save(long unitId, String abbreviation, String placeName, long version) {
        unit(unitId);
        String place = TypedText.of(placeName);
        Optional<Settings> before = stored(unitId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (before.isPresent()) {
            int updated = jdbc.sql("""
                    update document_issuer set abbreviation = :abbreviation, place_name = :place, updated_at = :now,
                           version = version + 1
                    where unit_id = :unit and version = :version""")
                    .param("abbreviation", abbreviation).param("place", place).param("now", now)
                    .param("unit", unitId).param("version", version)
                    .update();
            if (updated == 0) {
                throw new OptimisticLockingFailureException("document issuer " + unitId + " changed meanwhile");
            }
        } else {
            jdbc.sql("""
                    insert into document_issuer (unit_id, abbreviation, place_name, created_at, updated_at, version)
                    values (:unit, :abbreviation, :place, :now, :now, 1)""")
                    .param("abbreviation", abbreviation).param("place", place).param("now", now)
                    .param("unit", unitId).update();
        }
        Map<String, Object> after = new HashMap<>();
        after.put("abbreviation", abbreviation);
        after.put("placeName", place);
        Map<String, Object> was = new HashMap<>();
        before.ifPresent(s -> {
            was.put("abbreviation", s.abbreviation());
            was.put("placeName", s.placeName());
        });
        if (before.isPresent()) {
            audit.updated(ENTITY, unitId, unitId, was, after);
        } else {
            audit.created(ENTITY, unitId, unitId, after);
        }
    }

    Optional<Settings> stored(long unitId) {
        return jdbc.sql("select abbreviation, place_name, version from document_issuer where unit_id = :unit")
                .param("unit", unitId)
                .query((rs, n) -> new Settings(rs.getString("abbreviation"), rs.getString("place_name"),
                        rs.getLong("version")))
                .optional();
    }

    private Optional<UnitView> parent(UnitView unit) {
        return unit.parentId() == null ? Optional.empty() : organisation.unit(unit.parentId());
    }

    private static String caps(String text) {
        return Layout.nfc(text).toUpperCase(Layout.VIETNAMESE);
    }

    record Settings(String abbreviation, String placeName, long version) {
    }

    /** A unit as the issuer screen lists it: what its documents print, and whether an administrator set it. */
    record IssuerRow(long unitId, String code, String name, int depth, boolean committee, String abbreviation,
            String place, boolean set, long version) {
    }
}
