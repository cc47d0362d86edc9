package vn.danvan.shared.storage;

import java.util.regex.Pattern;

/** The rules every key and prefix follows, in both stores. */
public final class StorageKeys {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");
    private static final int MAX_LENGTH = 512;

    private StorageKeys() {
    }

    /** The key itself when it is a valid key; a key that is not is a programming error. */
    public static String checked(String key) {
        if (!valid(key)) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return key;
    }

    /** The prefix itself when it is one or more valid segments each followed by {@code /}. */
    public static String checkedPrefix(String prefix) {
        if (prefix == null || !prefix.endsWith("/") || !valid(prefix.substring(0, prefix.length() - 1))) {
            throw new IllegalArgumentException("Not a storage prefix (segments ending with /): " + prefix);
        }
        return prefix;
    }

    /** Relative, {@code /}-separated segments of letters, digits, {@code . _ -}, none starting with a dot (so no "." or ".."). */
    public static boolean valid(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH) {
            return false;
        }
        for (String segment : key.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches()) {
                return false;
            }
        }
        return true;
    }
}
