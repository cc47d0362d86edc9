/**
 * Attachments (tệp đính kèm): stores the files that other modules attach to their records (a
 * petition's scanned letter, a report's annex). It checks count, size and type on the content,
 * keeps the bytes in the file store (under {@code attachments/} of the data folder or the S3
 * bucket) and one row per file, and audits each stored file. It does not decide who may read a
 * file: the module that owns the record checks that before it calls {@link vn.danvan.attachment.AttachmentService#download}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit"})
package vn.danvan.attachment;
