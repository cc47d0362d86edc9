package vn.danvan.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.audit.AuditQuery;
import vn.danvan.shared.storage.FileStore;
import vn.danvan.shared.web.InvalidRequestException;

/** Stored files come back byte for byte, are audited, and never outlive a rolled-back transaction. */
@DanVanIntegrationTest
class AttachmentStoreIT {

    private static final String OWNER = "AttachmentStoreIT";
    private static final AtomicLong OWNER_IDS = new AtomicLong(System.nanoTime());

    private final AttachmentService attachments;
    private final AttachmentStorage storage;
    private final AuditQuery auditQuery;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final FileStore store;
    private final List<String> written = new ArrayList<>();

    @Autowired
    AttachmentStoreIT(AttachmentService attachments, AttachmentStorage storage, AuditQuery auditQuery,
            JdbcClient jdbc, TransactionTemplate transactions, FileStore store) {
        this.attachments = attachments;
        this.store = store;
        this.storage = storage;
        this.auditQuery = auditQuery;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @AfterEach
    void removeWrittenFiles() {
        written.forEach(storage::deleteQuietly);
    }

    @Test
    void readsBackWhatWasStored() throws IOException {
        long owner = OWNER_IDS.incrementAndGet();
        byte[] pdf = SampleFiles.pdf();
        byte[] docx = SampleFiles.docxByPoi();
        List<AttachmentView> stored = attachments.store(OWNER, owner, 7L,
                List.of(SampleFiles.upload("Đơn kiến nghị.pdf", pdf), SampleFiles.noFileChosen(),
                        SampleFiles.upload("bien-ban.docx", docx)));
        stored.forEach(a -> written.add(storageKey(a.id())));

        assertThat(stored).extracting(AttachmentView::fileName).containsExactly("Đơn kiến nghị.pdf", "bien-ban.docx");
        assertThat(attachments.of(OWNER, owner)).containsExactlyElementsOf(stored.stream()
                .map(a -> attachments.find(a.id()).orElseThrow()).toList());
        AttachmentView first = attachments.find(stored.get(0).id()).orElseThrow();
        assertThat(first.contentType()).isEqualTo("application/pdf");
        assertThat(first.unitId()).isEqualTo(7L);
        assertThat(first.size()).isEqualTo(pdf.length);
        assertThat(first.sha256()).isEqualTo(sha256(pdf));
        try (InputStream in = attachments.open(first.id())) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        try (InputStream in = attachments.open(stored.get(1).id())) {
            byte[] back = in.readAllBytes();
            assertThat(back).isEqualTo(docx);
            assertThat(sha256(back)).isEqualTo(stored.get(1).sha256());
        }
        assertThat(storageKey(first.id())).matches("\\d{4}/\\d{2}/[0-9a-f-]{36}");
        assertThat(auditQuery.find(new AuditQuery.Filter(null, "Attachment", String.valueOf(first.id()), null, null),
                0, 10)).singleElement().satisfies(e -> assertThat(e.changes()).anySatisfy(c -> {
                    assertThat(c.field()).isEqualTo("fileName");
                    assertThat(c.after()).isEqualTo("Đơn kiến nghị.pdf");
                }));
    }

    @Test
    void downloadSendsTheDetectedTypeAsAnAttachment() throws IOException {
        long owner = OWNER_IDS.incrementAndGet();
        AttachmentView png = attachments.store(OWNER, owner, null,
                List.of(SampleFiles.upload("ảnh.png", SampleFiles.png()))).get(0);
        written.add(storageKey(png.id()));

        var response = attachments.download(png);
        assertThat(response.getHeaders().getContentType()).hasToString("image/png");
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment;").contains("filename*=UTF-8''%E1%BA%A3nh.png");
        assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeaders().getCacheControl()).isEqualTo("private, no-store");
        try (InputStream in = response.getBody().getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(SampleFiles.png());
        }
    }

    @Test
    void aRolledBackTransactionLeavesNoFileAndNoRow() {
        long owner = OWNER_IDS.incrementAndGet();
        List<String> files = new ArrayList<>();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            for (AttachmentView a : attachments.store(OWNER, owner, null,
                    List.of(SampleFiles.upload("a.pdf", SampleFiles.pdf()), SampleFiles.upload("b.jpg", SampleFiles.jpeg())))) {
                files.add(storageKey(a.id()));
            }
            assertThat(files).allSatisfy(f -> assertThat(storage.exists(f)).isTrue());
            throw new IllegalStateException("the caller's work failed");
        })).hasMessage("the caller's work failed");
        written.addAll(files);

        assertThat(files).hasSize(2).allSatisfy(f -> assertThat(storage.exists(f)).isFalse());
        assertThat(attachments.of(OWNER, owner)).isEmpty();
    }

    @Test
    void aRefusedFileStoresNothingOfItsBatch() {
        long owner = OWNER_IDS.incrementAndGet();
        long filesBefore = storedFileCount();
        assertThatThrownBy(() -> attachments.store(OWNER, owner, null, List.of(
                SampleFiles.upload("a.pdf", SampleFiles.pdf()), SampleFiles.upload("bang.docx", SampleFiles.xlsx()))))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("attachment.error.type"));
        assertThat(attachments.of(OWNER, owner)).isEmpty();
        assertThat(storedFileCount()).isEqualTo(filesBefore);
    }

    @Test
    void aRefusalDoesNotSpoilTheCallersTransaction() {
        long owner = OWNER_IDS.incrementAndGet();
        List<AttachmentView> stored = transactions.execute(status -> {
            try {
                attachments.store(OWNER, owner, null, List.of(SampleFiles.upload("x.pdf", SampleFiles.html())));
            } catch (InvalidRequestException refused) {
                // the caller shows the form again and carries on
            }
            return attachments.store(OWNER, owner, null, List.of(SampleFiles.upload("y.png", SampleFiles.png())));
        });
        stored.forEach(a -> written.add(storageKey(a.id())));
        assertThat(attachments.of(OWNER, owner)).extracting(AttachmentView::fileName).containsExactly("y.png");
    }

    private String storageKey(long id) {
        return jdbc.sql("select storage_key from attachment where id = :id").param("id", id).query(String.class)
                .single();
    }

    private long storedFileCount() {
        return store.list(AttachmentStorage.PREFIX).size();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
