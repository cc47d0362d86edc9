/**
 * The file store (kho tệp): {@link vn.danvan.shared.storage.FileStore}, kept in the data folder
 * ({@code danvan.storage.kind=local}, the default) or in a bucket of S3-compatible object storage that every node
 * shares ({@code s3}); the staging folder where uploads are checked and jobs write before a file is kept; the health
 * of the store; and {@code --danvan.copy-files-to-s3}, which copies a data folder into the bucket. Modules keep
 * their files under prefixes of their own: {@code attachments/} (module attachment), {@code long-work/} (module
 * jobs).
 */
package vn.danvan.shared.storage;
