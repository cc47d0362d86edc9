package vn.danvan.attachment;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriUtils;

import vn.danvan.audit.AuditService;
import vn.danvan.shared.storage.StoredFile;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;

/**
 * Stores and serves the files attached to other modules' records. Callers decide who may attach
 * and who may read: this service checks only the files themselves (count, size, type by content).
 * A store joins the caller's transaction; when that transaction rolls back, the files it wrote are
 * deleted again, so no file outlives its row.
 */
@Service
public class AttachmentService {

    static final String ENTITY = "Attachment";
    private static final String SELECT_VIEW = """
            select id, owner_type, owner_id, unit_id, file_name, content_type, size_bytes, sha256, created_at
            from attachment""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final IncomingFiles incoming;
    private final AttachmentStorage storage;
    private final AuditService audit;

    AttachmentService(JdbcClient jdbc, Clock clock, IncomingFiles incoming, AttachmentStorage storage,
            AuditService audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.incoming = incoming;
        this.storage = storage;
        this.audit = audit;
    }

    /**
     * Stores the files for a record of another module (e.g. owner type "Petition"). Every file is
     * checked before any is kept; one refused file refuses the whole batch with an
     * {@link InvalidRequestException}. File inputs left empty are ignored. A refusal comes before
     * any write and does not mark the caller's transaction for rollback, so the caller may catch it
     * and show its form again.
     */
    @Transactional(propagation = Propagation.REQUIRED, noRollbackFor = InvalidRequestException.class)
    public List<AttachmentView> store(String ownerType, long ownerId, Long unitId, List<MultipartFile> files) {
        List<IncomingFiles.Staged> staged = incoming.accept(files);
        List<String> kept = new ArrayList<>();
        deleteOnRollback(kept);
        try {
            List<AttachmentView> stored = new ArrayList<>();
            for (IncomingFiles.Staged file : staged) {
                String key = storage.keep(file.file());
                kept.add(key);
                stored.add(insert(ownerType, ownerId, unitId, file, key));
            }
            return stored;
        } finally {
            // whatever was not moved into place (after a failure) is not wanted
            incoming.discard(staged);
        }
    }

    /** The files of a record, oldest first. */
    @Transactional(readOnly = true)
    public List<AttachmentView> of(String ownerType, long ownerId) {
        return jdbc.sql(SELECT_VIEW + " where owner_type = :type and owner_id = :owner order by id")
                .param("type", ownerType).param("owner", ownerId)
                .query(AttachmentService::view).list();
    }

    @Transactional(readOnly = true)
    public Optional<AttachmentView> find(long id) {
        return jdbc.sql(SELECT_VIEW + " where id = :id")
                .param("id", id).query(AttachmentService::view).optional();
    }

    /**
     * The stored bytes; the caller closes the stream. A file missing from the store throws
     * {@link vn.danvan.shared.storage.StoredFileMissingException} (answered 404).
     */
    @Transactional(readOnly = true)
    public InputStream open(long id) {
        return storage.open(storageKey(id)).content();
    }

    /**
     * The response that sends a file to a browser as a download, with the detected type and
     * headers that keep the browser from guessing another type or caching it. The caller must have
     * checked that the current user may read the record the file belongs to. The file is opened
     * here, before anything is sent: one missing from the store throws
     * {@link vn.danvan.shared.storage.StoredFileMissingException}, answered 404 with the key logged,
     * never a 200 that promises a length and sends no body.
     */
    public ResponseEntity<Resource> download(AttachmentView attachment) {
        var answer = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(attachment.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
        StoredFile file = storage.open(storageKey(attachment.id()));
        return answer.contentLength(file.length()).body(new InputStreamResource(file.content()));
    }

    /** {@code attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded} (RFC 6266). */
    static String contentDisposition(String fileName) {
        String ascii = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D').replaceAll("[^\\x20-\\x7E]|[\"\\\\%]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + UriUtils.encode(fileName, StandardCharsets.UTF_8);
    }

    private AttachmentView insert(String ownerType, long ownerId, Long unitId, IncomingFiles.Staged file,
            String key) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into attachment (owner_type, owner_id, unit_id, file_name, content_type, size_bytes, sha256,
                    storage_key, created_at, updated_at, version)
                values (:type, :owner, :unit, :name, :contentType, :size, :sha256, :key, :now, :now, 0)""")
                .param("type", ownerType).param("owner", ownerId).param("unit", unitId)
                .param("name", file.fileName()).param("contentType", file.type().contentType())
                .param("size", file.size()).param("sha256", file.sha256()).param("key", key).param("now", now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.created(ENTITY, id, unitId, Map.of("owner", ownerType + " " + ownerId, "fileName", file.fileName(),
                "contentType", file.type().contentType(), "size", file.size(), "sha256", file.sha256()));
        return new AttachmentView(id, ownerType, ownerId, unitId, file.fileName(), file.type().contentType(),
                file.size(), file.sha256(), now);
    }

    /** Files written in a transaction that rolls back are deleted; without a transaction they simply stay. */
    private void deleteOnRollback(List<String> kept) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_ROLLED_BACK) {
                    kept.forEach(storage::deleteQuietly);
                }
            }
        });
    }

    private String storageKey(long id) {
        return jdbc.sql("select storage_key from attachment where id = :id").param("id", id).query(String.class)
                .optional().orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private static AttachmentView view(ResultSet rs, int row) throws SQLException {
        return new AttachmentView(rs.getLong("id"), rs.getString("owner_type"), rs.getLong("owner_id"),
                rs.getObject("unit_id", Long.class), rs.getString("file_name"), rs.getString("content_type"),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getObject("created_at", OffsetDateTime.class));
    }
}
