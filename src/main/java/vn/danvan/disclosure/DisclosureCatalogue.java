package vn.danvan.disclosure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.UnitKind;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.shared.web.Problem;

/** The disclosure catalogue: read by everyone signed in, kept by Home Affairs (and the administrator). */
@Service
@Transactional
class DisclosureCatalogue {

    static final String ENTITY = "disclosure_item";
    private static final String SELECT = """
            select id, code, title, legal_basis, forms, cadence, disclose_within_days, keep_public_days, unit_kinds,
                   position, active, version
              from disclosure_item""";
    static final Problem CODE_TAKEN = Problem.on("code", "disclosure.item.error.codeTaken");

    private final JdbcClient jdbc;
    private final OrganisationScope scope;
    private final AuditService audit;
    private final Clock clock;

    DisclosureCatalogue(JdbcClient jdbc, OrganisationScope scope, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<CatalogueItem> all() {
        return jdbc.sql(SELECT + " order by position, id").query(DisclosureCatalogue::map).list();
    }

    @Transactional(readOnly = true)
    Optional<CatalogueItem> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(DisclosureCatalogue::map).optional();
    }

    CatalogueItem get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("disclosure item", id));
    }

    boolean canEdit() {
        CurrentUser user = scope.requireUser();
        return user.has(Role.HOME_AFFAIRS) || user.has(Role.ADMIN);
    }

    void requireEditor() {
        if (!canEdit()) {
            throw new AccessDeniedException("only Home Affairs keeps the disclosure catalogue");
        }
    }

    /** Adds an item at the end of the list; the problems when refused, with nothing saved. */
    List<Problem> create(CatalogueForm form) {
        requireEditor();
        if (codeTaken(form.code(), null)) {
            return List.of(CODE_TAKEN);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from disclosure_item").query(Integer.class)
                .single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into disclosure_item (code, title, legal_basis, forms, cadence, disclose_within_days,
                                             keep_public_days, unit_kinds, position, active, created_at, updated_at)
                values (:code, :title, :basis, :forms, :cadence, :within, :keep, :kinds, :position, :active, :now, :now)""")
                .params(params(form)).param("position", position).param("now", now).update(keys, "id");
        audit.created(ENTITY, keys.getKey().longValue(), null, fields(form));
        return List.of();
    }

    /** Changes an item; the problems when refused, with nothing saved. */
    List<Problem> update(long id, CatalogueForm form) {
        requireEditor();
        CatalogueItem before = get(id);
        if (codeTaken(form.code(), id)) {
            return List.of(CODE_TAKEN);
        }
        int rows = jdbc.sql("""
                update disclosure_item set code = :code, title = :title, legal_basis = :basis, forms = :forms,
                       cadence = :cadence, disclose_within_days = :within, keep_public_days = :keep, unit_kinds = :kinds,
                       active = :active, updated_at = :now, version = version + 1
                 where id = :id and version = :version""")
                .params(params(form)).param("now", OffsetDateTime.now(clock)).param("id", id)
                .param("version", form.version() == null ? -1 : form.version()).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException(ENTITY + " " + id);
        }
        audit.updated(ENTITY, id, null, fields(CatalogueForm.of(before)), fields(form));
        return List.of();
    }

    private boolean codeTaken(String code, Long except) {
        return jdbc.sql("select count(*) from disclosure_item where upper(code) = upper(:code) and id <> :except")
                .param("code", code.strip()).param("except", except == null ? -1L : except).query(Long.class)
                .single() > 0;
    }

    private static Map<String, Object> params(CatalogueForm form) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", form.code().strip());
        p.put("title", form.title().strip());
        p.put("basis", form.legalBasis().strip());
        p.put("forms", DisclosureChannel.join(form.channels()));
        p.put("cadence", form.cadence().name());
        p.put("within", form.discloseWithinDays());
        p.put("keep", form.keepPublicDays());
        p.put("kinds", form.unitKinds().stream().distinct().sorted().map(Enum::name).collect(Collectors.joining(",")));
        p.put("active", Boolean.TRUE.equals(form.active()));
        return p;
    }

    private static Map<String, Object> fields(CatalogueForm form) {
        Map<String, Object> f = new LinkedHashMap<>(params(form));
        f.put("legalSource", f.remove("basis"));
        f.put("timeLimit", f.remove("within"));
        f.put("keepPublicDays", f.remove("keep"));
        return f;
    }

    private static CatalogueItem map(ResultSet rs, int n) throws SQLException {
        Set<UnitKind> kinds = Arrays.stream(rs.getString("unit_kinds").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(UnitKind::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(UnitKind.class)));
        return new CatalogueItem(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
                rs.getString("legal_basis"), DisclosureChannel.parse(rs.getString("forms")),
                Cadence.valueOf(rs.getString("cadence")), rs.getInt("disclose_within_days"),
                rs.getInt("keep_public_days"), kinds, rs.getInt("position"), rs.getBoolean("active"),
                rs.getLong("version"));
    }
}
