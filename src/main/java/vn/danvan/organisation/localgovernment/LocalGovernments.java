package vn.danvan.organisation.localgovernment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.Problem;
import vn.danvan.organisation.LocalGovernment;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.UnitKind;
import vn.danvan.organisation.UnitView;
import vn.danvan.organisation.accounts.AccountRepository;
import vn.danvan.organisation.units.UnitRepository;

/**
 * The stored local government (one row, table {@code local_government}) and, until an administrator
 * saves one, what the unit tree says: the first top-level People's Committee (a commune's when the
 * tree has no other, as where a commune runs DanVan alone), the unit of the first
 * Home Affairs officer (else the committee), the first Fatherland Front committee and the
 * committee's area as the locality.
 */
@Component
public class LocalGovernments {

    static final String ENTITY = "LocalGovernment";

    private final JdbcClient jdbc;
    private final UnitRepository units;
    private final AccountRepository accounts;
    private final AuditService audit;
    private final Clock clock;

    LocalGovernments(JdbcClient jdbc, UnitRepository units, AccountRepository accounts, AuditService audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The local government, stored or derived; empty only when the tree has no committee at all.
     * Once stored it costs two small queries (the row, then its units in one query).
     */
    public Optional<LocalGovernment> current() {
        Optional<Stored> stored = stored();
        if (stored.isPresent()) {
            Stored s = stored.get();
            List<Long> ids = new ArrayList<>(List.of(s.committeeUnitId(), s.homeAffairsUnitId()));
            if (s.frontUnitId() != null) {
                ids.add(s.frontUnitId());
            }
            Map<Long, UnitView> found = units.findAll(ids);
            UnitView committee = found.get(s.committeeUnitId());
            UnitView homeAffairs = found.get(s.homeAffairsUnitId());
            if (committee != null && homeAffairs != null) {
                UnitView front = s.frontUnitId() == null ? null : found.get(s.frontUnitId());
                return Optional.of(new LocalGovernment(committee, homeAffairs, front, s.partyCommittee(),
                        s.locality(), s.directiveBasis(), LocalGovernment.lines(s.reportRecipients()), true,
                        s.version()));
            }
        }
        return derived();
    }

    private Optional<LocalGovernment> derived() {
        List<UnitView> active = units.tree().stream().filter(u -> !u.retired()).toList();
        Optional<UnitView> committee = active.stream().filter(u -> u.kind() == UnitKind.PEOPLES_COMMITTEE)
                .min(Comparator.comparingInt(UnitView::depth))
                .or(() -> active.stream().filter(u -> u.kind() == UnitKind.COMMUNE_COMMITTEE)
                        .min(Comparator.comparingInt(UnitView::depth)));
        if (committee.isEmpty()) {
            return Optional.empty();
        }
        UnitView homeAffairs = accounts.withRole(Role.HOME_AFFAIRS).stream()
                .filter(a -> a.enabled() && a.roles().contains(Role.HOME_AFFAIRS))
                .map(a -> units.find(a.unitId()).orElse(null))
                .filter(u -> u != null && !u.retired())
                .findFirst().orElse(committee.get());
        UnitView front = active.stream().filter(u -> u.kind() == UnitKind.FATHERLAND_FRONT).findFirst().orElse(null);
        return Optional.of(new LocalGovernment(committee.get(), homeAffairs, front, null,
                LocalGovernment.area(committee.get().name()), null, List.of(), false, 0L));
    }

    Optional<Stored> stored() {
        return jdbc.sql("""
                select committee_unit_id, home_affairs_unit_id, front_unit_id, party_committee, locality,
                       directive_basis, report_recipients, version
                from local_government where id = 1""")
                .query((rs, n) -> new Stored(rs.getLong("committee_unit_id"), rs.getLong("home_affairs_unit_id"),
                        (Long) rs.getObject("front_unit_id", Long.class), rs.getString("party_committee"),
                        rs.getString("locality"), rs.getString("directive_basis"), rs.getString("report_recipients"),
                        rs.getLong("version")))
                .optional();
    }

    /**
     * Saves the local government. {@code version} is the one the editor saw (0 when none was stored);
     * another administrator's change in between fails the save.
     */
    @Transactional
    public void save(Stored s, long version) {
        InvalidRequestException.throwIfAny(check(s));
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<Stored> before = stored();
        if (before.isPresent()) {
            int updated = jdbc.sql("""
                    update local_government set committee_unit_id = :committee, home_affairs_unit_id = :homeAffairs,
                           front_unit_id = :front, party_committee = :party, locality = :locality,
                           directive_basis = :basis, report_recipients = :recipients, updated_at = :now,
                           version = version + 1
                    where id = 1 and version = :version""")
                    .params(params(s)).param("now", now).param("version", version)
                    .update();
            if (updated == 0) {
                throw new OptimisticLockingFailureException("local government changed meanwhile");
            }
            audit.updated(ENTITY, 1, s.committeeUnitId(), before.get().asMap(), s.asMap());
        } else {
            if (version != 0) {
                throw new OptimisticLockingFailureException("local government changed meanwhile");
            }
            jdbc.sql("""
                    insert into local_government (id, committee_unit_id, home_affairs_unit_id, front_unit_id,
                           party_committee, locality, directive_basis, report_recipients, created_at, updated_at, version)
                    values (1, :committee, :homeAffairs, :front, :party, :locality, :basis, :recipients, :now, :now, 1)""")
                    .params(params(s)).param("now", now)
                    .update();
            audit.created(ENTITY, 1, s.committeeUnitId(), s.asMap());
        }
    }

    /** The committee is an active People's Committee, the office an active unit, the Front a Front committee. */
    private List<Problem> check(Stored s) {
        List<Problem> problems = new ArrayList<>();
        Optional<UnitView> committee = units.find(s.committeeUnitId()).filter(u -> !u.retired());
        if (committee.isEmpty() || (committee.get().kind() != UnitKind.PEOPLES_COMMITTEE
                && committee.get().kind() != UnitKind.COMMUNE_COMMITTEE)) {
            problems.add(Problem.on("committeeUnitId", "localGovernment.error.committee"));
        }
        if (units.find(s.homeAffairsUnitId()).filter(u -> !u.retired()).isEmpty()) {
            problems.add(Problem.on("homeAffairsUnitId", "localGovernment.error.unit"));
        }
        if (s.frontUnitId() != null && units.find(s.frontUnitId())
                .filter(u -> !u.retired() && u.kind() == UnitKind.FATHERLAND_FRONT).isEmpty()) {
            problems.add(Problem.on("frontUnitId", "localGovernment.error.front"));
        }
        return problems;
    }

    private static Map<String, Object> params(Stored s) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("committee", s.committeeUnitId());
        p.put("homeAffairs", s.homeAffairsUnitId());
        p.put("front", s.frontUnitId());
        p.put("party", s.partyCommittee());
        p.put("locality", s.locality());
        p.put("basis", s.directiveBasis());
        p.put("recipients", s.reportRecipients());
        return p;
    }

    /** The stored row as typed; texts already cleaned. */
    public record Stored(long committeeUnitId, long homeAffairsUnitId, Long frontUnitId, String partyCommittee,
            String locality, String directiveBasis, String reportRecipients, long version) {

        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("committeeUnitId", committeeUnitId);
            m.put("homeAffairsUnitId", homeAffairsUnitId);
            m.put("frontUnitId", frontUnitId);
            m.put("partyCommittee", partyCommittee);
            m.put("locality", locality);
            m.put("directiveBasis", directiveBasis);
            m.put("reportRecipients", reportRecipients);
            return m;
        }
    }
}
