package vn.danvan.attachment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

import vn.danvan.audit.AuditService;
import vn.danvan.shared.web.InvalidRequestException;

/**
 * Files chosen on a form that came back with errors (tệp chờ gửi), kept so that the person does not choose them
 * again: stored and checked as any attachment, under a batch that a random token names. The form carries the token
 * in a hidden field; only its SHA-256 is kept, so the table alone does not let anyone add to a batch. When the form
 * finally succeeds, its owner {@link #claim claims} the batch for the new record; a batch left behind is deleted,
 * files and all, a day after it was made ({@link PendingAttachmentCleanup}).
 */
@Service
public class PendingAttachments {

    static final String OWNER = "PendingUpload";
    /** How long a batch is kept, and how long its token is honoured. */
    public static final Duration KEEP = Duration.ofDays(1);
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AttachmentService attachments;
    private final AttachmentStorage storage;
    private final IncomingFiles incoming;
    private final AuditService audit;
    private final Clock clock;

    PendingAttachments(JdbcClient jdbc, AttachmentService attachments, AttachmentStorage storage,
            IncomingFiles incoming, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.attachments = attachments;
        this.storage = storage;
        this.incoming = incoming;
        this.audit = audit;
        this.clock = clock;
    }

    /** A form's pending files and the token that names them (null when it has none). */
    public record Held(String token, List<AttachmentView> files) {

        public static final Held NONE = new Held(null, List.of());

        public boolean isEmpty() {
            return files.isEmpty();
        }
    }

    /**
     * Keeps the files chosen on a form that came back, beside those the token already holds (a new token when it
     * holds none). A refused file (type, size, too many with those held) throws {@link InvalidRequestException}
     * and keeps none of this upload; the files held before stay.
     */
    @Transactional(propagation = Propagation.REQUIRED, noRollbackFor = InvalidRequestException.class)
    public Held hold(String token, List<MultipartFile> files) {
        Optional<Long> batch = batch(token);
        List<MultipartFile> chosen = IncomingFiles.chosen(files);
        if (chosen.isEmpty()) {
            return batch.map(id -> new Held(token, files(id))).orElse(Held.NONE);
        }
        int already = batch.map(id -> files(id).size()).orElse(0);
        if (already + chosen.size() > incoming.maxFiles()) {
            throw new InvalidRequestException("attachment.error.tooMany", incoming.maxFiles());
        }
        String kept = batch.isPresent() ? token : newToken();
        long id = batch.orElseGet(() -> newBatch(kept));
        attachments.store(OWNER, id, null, chosen);
        return new Held(kept, files(id));
    }

    /** The files a token holds; none for a token unknown or older than {@link #KEEP}. */
    @Transactional(readOnly = true)
    public Held held(String token) {
        return batch(token).map(id -> new Held(token, files(id))).orElse(Held.NONE);
    }

    /** Lets go of some files the token holds (the boxes ticked "remove" on the form). */
    @Transactional
    public void drop(String token, Collection<Long> attachmentIds) {
        if (attachmentIds == null || attachmentIds.isEmpty()) {
            return;
        }
        batch(token).ifPresent(id -> delete(jdbc.sql("""
                        select id, storage_key from attachment
                        where owner_type = :type and owner_id = :batch and id in (:ids)""")
                .param("type", OWNER).param("batch", id).param("ids", attachmentIds)
                .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("storage_key"))).list()));
    }

    /**
     * Attaches the files a token holds to a record, in the caller's transaction, and forgets the token. With the
     * files the record already has, no more than the upload limit: else {@link InvalidRequestException}.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public List<AttachmentView> claim(String token, String ownerType, long ownerId, Long unitId) {
        Optional<Long> batch = batch(token);
        if (batch.isEmpty()) {
            return List.of();
        }
        long id = batch.get();
        List<AttachmentView> held = files(id);
        if (attachments.of(ownerType, ownerId).size() + held.size() > incoming.maxFiles()) {
            throw new InvalidRequestException("attachment.error.tooMany", incoming.maxFiles());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                update attachment set owner_type = :ownerType, owner_id = :owner, unit_id = :unit, updated_at = :now,
                    version = version + 1
                where owner_type = :type and owner_id = :batch""")
                .param("ownerType", ownerType).param("owner", ownerId).param("unit", unitId).param("now", now)
                .param("type", OWNER).param("batch", id).update();
        jdbc.sql("delete from attachment_pending where id = :id").param("id", id).update();
        for (AttachmentView a : held) {
            audit.updated(AttachmentService.ENTITY, a.id(), unitId, Map.of("owner", OWNER + " " + id),
                    Map.of("owner", ownerType + " " + ownerId));
        }
        return attachments.of(ownerType, ownerId);
    }

    /** Deletes the batches older than {@link #KEEP}, their rows now and their files once that is committed. */
    @Transactional
    public int removeExpired(int atMost) {
        List<Long> old = jdbc.sql("""
                        select id from attachment_pending where created_at < :before order by created_at
                        fetch first""" + " " + atMost + " rows only")
                .param("before", OffsetDateTime.now(clock).minus(KEEP))
                .query(Long.class).list();
        if (old.isEmpty()) {
            return 0;
        }
        delete(jdbc.sql("select id, storage_key from attachment where owner_type = :type and owner_id in (:batches)")
                .param("type", OWNER).param("batches", old)
                .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("storage_key"))).list());
        jdbc.sql("delete from attachment_pending where id in (:ids)").param("ids", old).update();
        return old.size();
    }

    private Optional<Long> batch(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("select id from attachment_pending where token_hash = :hash and created_at >= :since")
                .param("hash", hash(token)).param("since", OffsetDateTime.now(clock).minus(KEEP))
                .query(Long.class).optional();
    }

    private long newBatch(String token) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into attachment_pending (token_hash, created_at, updated_at, version)
                values (:hash, :now, :now, 0)""")
                .param("hash", hash(token)).param("now", now).update(keys, "id");
        return keys.getKey().longValue();
    }

    private List<AttachmentView> files(long batch) {
        return attachments.of(OWNER, batch);
    }

    /** Deletes attachment rows (id, storage key); their files go once the transaction has committed. */
    private void delete(List<Map.Entry<Long, String>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("delete from attachment where id in (:ids)").param("ids", rows.stream().map(Map.Entry::getKey).toList())
                .update();
        List<String> keys = rows.stream().map(Map.Entry::getValue).toList();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            keys.forEach(storage::deleteQuietly);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                keys.forEach(storage::deleteQuietly);
            }
        });
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
