package vn.danvan.shared.storage;

/** A file of the store as a listing shows it: its key and size in bytes. */
public record StoredObject(String key, long size) {
}
