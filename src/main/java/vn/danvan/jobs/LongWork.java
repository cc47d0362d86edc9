package vn.danvan.jobs;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * A job as its handler sees it: who started it, in which language, its parameters, the uploaded file (an
 * import's) and {@link #resultFile()}, a new empty file where an export writes what it produces.
 */
public final class LongWork {

    private final long id;
    private final String kind;
    private final long ownerAccountId;
    private final Long unitId;
    private final Locale locale;
    private final Map<String, String> params;
    private final String inputName;
    private final byte[] input;
    private final Path resultFile;

    LongWork(long id, String kind, long ownerAccountId, Long unitId, Locale locale, Map<String, String> params,
            String inputName, byte[] input, Path resultFile) {
        this.id = id;
        this.kind = kind;
        this.ownerAccountId = ownerAccountId;
        this.unitId = unitId;
        this.locale = locale;
        this.params = Map.copyOf(params);
        this.inputName = inputName;
        this.input = input;
        this.resultFile = resultFile;
    }

    public long id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public long ownerAccountId() {
        return ownerAccountId;
    }

    /** The unit the work is about, when there is one. */
    public Long unitId() {
        return unitId;
    }

    public Locale locale() {
        return locale;
    }

    public Map<String, String> params() {
        return params;
    }

    /** A parameter, or null. */
    public String param(String name) {
        return params.get(name);
    }

    /** The uploaded file's name as the person chose it (an import's), or null. */
    public String inputName() {
        return inputName;
    }

    /** The uploaded file (an import's), or null. */
    public byte[] input() {
        return input;
    }

    /** An empty file, new for this run, for the result; {@link LongWorkResult#file} names it. */
    public Path resultFile() {
        return resultFile;
    }
}
