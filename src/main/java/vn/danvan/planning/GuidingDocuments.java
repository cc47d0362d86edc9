package vn.danvan.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.danvan.attachment.AttachmentService;
import vn.danvan.attachment.AttachmentView;
import vn.danvan.audit.AuditService;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.Role;
import vn.danvan.shared.text.TypedText;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;

/**
 * The register of guiding documents: every signed-in account reads it, Home Affairs and
 * administrators keep it (add, correct, attach the file, retire with a reason, bring back). Nothing
 * is deleted: plans cite these documents.
 */
@Service
@Transactional
class GuidingDocuments {

    static final String ENTITY = "GuidingDocument";
    static final int LIMIT = 1000;
    private static final String COLUMNS = "id, number_symbol, issued_on, issuer, summary, active, retired_reason, demo, version";
    private static final List<String> FILE_TYPES = List.of("application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final JdbcClient jdbc;
    private final AttachmentService attachments;
    private final AuditService audit;
    private final OrganisationScope scope;
    private final Clock clock;

    GuidingDocuments(JdbcClient jdbc, AttachmentService attachments, AuditService audit, OrganisationScope scope,
            Clock clock) {
        this.jdbc = jdbc;
        this.attachments = attachments;
        this.audit = audit;
        this.scope = scope;
        this.clock = clock;
    }

    /** Whether the signed-in account keeps the register. */
    boolean canEdit() {
        CurrentUser user = scope.requireUser();
        return user.has(Role.HOME_AFFAIRS) || user.has(Role.ADMIN);
    }

    @Transactional(readOnly = true)
    List<GuidingDocument> find(GuideFilter filter) {
        var where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        String key = VietnameseText.searchKey(filter.q());
        int i = 0;
        for (String word : key.split(" ")) {
            if (!word.isEmpty()) {
                where.append(" and search_key like :w").append(i);
                params.put("w" + i++, "%" + word + "%");
            }
        }
        if (filter.year() != null) {
            where.append(" and issued_on between :from and :to");
            params.put("from", LocalDate.of(filter.year(), 1, 1));
            params.put("to", LocalDate.of(filter.year(), 12, 31));
        }
        if (filter.active() != null) {
            where.append(" and active = :active");
            params.put("active", filter.active());
        }
        return jdbc.sql("select " + COLUMNS + " from guiding_document" + where
                        + " order by issued_on desc, id desc limit " + LIMIT)
                .params(params).query(GuidingDocuments::row).list();
    }

    /** Active documents, newest first: what a plan item may cite. */
    @Transactional(readOnly = true)
    List<GuidingDocument> active() {
        return find(new GuideFilter(null, null, "active"));
    }

    @Transactional(readOnly = true)
    Optional<GuidingDocument> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from guiding_document where id = :id").param("id", id)
                .query(GuidingDocuments::row).optional();
    }

    @Transactional(readOnly = true)
    GuidingDocument require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Transactional(readOnly = true)
    List<Integer> years() {
        return jdbc.sql("select distinct extract(year from issued_on) as y from guiding_document order by y desc")
                .query((rs, n) -> rs.getInt("y")).list();
    }

    @Transactional(readOnly = true)
    List<AttachmentView> files(long id) {
        return attachments.of(ENTITY, id);
    }

    /** Adds a document with its files (PDF or Word); a refused file stores nothing. */
    long create(GuideForm form) {
        requireEditor();
        LocalDate issuedOn = form.issuedOn();
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into guiding_document (number_symbol, issued_on, issuer, summary, search_key, active, demo,
                    created_at, updated_at, version)
                values (:number, :issuedOn, :issuer, :summary, :key, true, false, :now, :now, 0)""")
                .params(fields(form, issuedOn)).param("key", searchKey(form)).param("now", now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        storeFiles(id, form.files());
        audit.created(ENTITY, id, null, fields(form, issuedOn));
        return id;
    }

    void update(long id, GuideForm form) {
        requireEditor();
        GuidingDocument before = require(id);
        LocalDate issuedOn = form.issuedOn();
        int rows = jdbc.sql("""
                update guiding_document set number_symbol = :number, issued_on = :issuedOn, issuer = :issuer,
                    summary = :summary, search_key = :key, demo = false, updated_at = :now, version = version + 1
                where id = :id and version = :version""")
                .params(fields(form, issuedOn)).param("key", searchKey(form)).param("now", OffsetDateTime.now(clock))
                .param("id", id).param("version", form.version() == null ? -1 : form.version()).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("guiding document " + id);
        }
        storeFiles(id, form.files());
        audit.updated(ENTITY, id, null, fields(before), fields(form, issuedOn));
    }

    /** Retires a document no longer in force, saying why; plans that cite it keep the citation. */
    void retire(long id, String reason, long version) {
        requireEditor();
        String why = TypedText.of(reason);
        if (why == null) {
            throw InvalidRequestException.onField("note", "planning.error.reasonRequired");
        }
        setActive(id, false, why, version);
    }

    void reactivate(long id, long version) {
        requireEditor();
        setActive(id, true, null, version);
    }

    private void setActive(long id, boolean active, String reason, long version) {
        GuidingDocument before = require(id);
        int rows = jdbc.sql("""
                update guiding_document set active = :active, retired_reason = :reason, updated_at = :now,
                    version = version + 1
                where id = :id and version = :version""")
                .param("active", active).param("reason", reason).param("now", OffsetDateTime.now(clock))
                .param("id", id).param("version", version).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("guiding document " + id);
        }
        Map<String, Object> was = Map.of("active", before.active(), "retiredReason", String.valueOf(before.retiredReason()));
        Map<String, Object> is = Map.of("active", active, "retiredReason", String.valueOf(reason));
        if (active) {
            audit.updated(ENTITY, id, null, was, is);
        } else {
            audit.retired(ENTITY, id, null, was, is);
        }
    }

    /** Loads a document of the demo; {@code checked} says whether its wording was checked against the original. */
    void loadDemo(String number, LocalDate issuedOn, String issuer, String summary, boolean checked) {
        GuideForm form = new GuideForm(number, issuedOn, issuer, summary, List.of(), 0L);
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into guiding_document (number_symbol, issued_on, issuer, summary, search_key, active, demo,
                    created_at, updated_at, version)
                values (:number, :issuedOn, :issuer, :summary, :key, true, :demo, :now, :now, 0)""")
                .params(fields(form, issuedOn)).param("key", searchKey(form)).param("demo", !checked)
                .param("now", now).update(keys, "id");
        audit.created(ENTITY, keys.getKey().longValue(), null, fields(form, issuedOn));
    }

    @Transactional(readOnly = true)
    boolean empty() {
        return jdbc.sql("select count(*) from guiding_document").query(Integer.class).single() == 0;
    }

    private void storeFiles(long id, List<MultipartFile> files) {
        if (files == null) {
            return;
        }
        for (AttachmentView stored : attachments.store(ENTITY, id, null, files)) {
            if (!FILE_TYPES.contains(stored.contentType())) {
                // rolls the whole save back, files included
                throw new InvalidRequestException("planning.error.fileType", stored.fileName());
            }
        }
    }

    private void requireEditor() {
        if (!canEdit()) {
            throw new AccessDeniedException("guiding documents are kept by Home Affairs");
        }
    }

    private static Map<String, Object> fields(GuideForm form, LocalDate issuedOn) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", VietnameseText.clean(form.numberSymbol()));
        m.put("issuedOn", issuedOn);
        m.put("issuer", VietnameseText.clean(form.issuer()));
        m.put("summary", VietnameseText.clean(form.summary()));
        return m;
    }

    private static Map<String, Object> fields(GuidingDocument d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", d.numberSymbol());
        m.put("issuedOn", d.issuedOn());
        m.put("issuer", d.issuer());
        m.put("summary", d.summary());
        return m;
    }

    private static String searchKey(GuideForm form) {
        return VietnameseText.searchKey(form.numberSymbol() + " " + form.issuer() + " " + form.summary());
    }

    private static GuidingDocument row(ResultSet rs, int n) throws SQLException {
        return new GuidingDocument(rs.getLong("id"), rs.getString("number_symbol"),
                rs.getObject("issued_on", LocalDate.class), rs.getString("issuer"), rs.getString("summary"),
                rs.getBoolean("active"), rs.getString("retired_reason"), rs.getBoolean("demo"), rs.getLong("version"));
    }
}
