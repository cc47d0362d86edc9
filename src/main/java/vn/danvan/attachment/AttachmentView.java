package vn.danvan.attachment;

import java.time.OffsetDateTime;

/**
 * One stored file. {@code fileName} is the sender's name, cleaned and for display only;
 * {@code contentType} is the type detected from the content.
 */
public record AttachmentView(long id, String ownerType, long ownerId, Long unitId, String fileName,
        String contentType, long size, String sha256, OffsetDateTime createdAt) {
}
