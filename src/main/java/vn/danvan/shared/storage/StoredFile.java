package vn.danvan.shared.storage;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/** A stored file opened for reading: its bytes and how many there are. */
public record StoredFile(String key, InputStream content, long length) implements Closeable {

    @Override
    public void close() throws IOException {
        content.close();
    }
}
