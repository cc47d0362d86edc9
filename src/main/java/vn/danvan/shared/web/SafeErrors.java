package vn.danvan.shared.web;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.FileUploadException;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;

/**
 * An error as it may be logged: the types of the exception and its causes, and where each was
 * thrown, but never their messages. A message may quote what someone typed (a database refusing an
 * over-long value quotes its start; a duplicate key quotes the key), and citizens' data never
 * reaches a log.
 */
final class SafeErrors {

    private static final int FRAMES = 12;

    private SafeErrors() {
    }

    /**
     * True when the error is the servlet container refusing the request's own parameters or files
     * (bytes that are not UTF-8, a broken percent-escape, too many fields, a file name with a NUL, a
     * broken multipart body): bad input, answered 400.
     */
    public static boolean isUnreadableInput(Throwable error) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof InvalidParameterException || t instanceof InvalidFileNameException
                    || t instanceof FileUploadException) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the client hung up before its answer was written (a closed tab, a proxy's health check that gave up):
     * nothing to answer and nothing went wrong here, so no ERROR.
     */
    public static boolean isClientGone(Throwable error) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.equals("ClientAbortException") || name.equals("AsyncRequestNotUsableException")) {
                return true;
            }
        }
        return false;
    }

    /** "IllegalStateException at vn.danvan...(X.java:12) <- caused by SQLException at ..." and the top frames. */
    public static String describe(Throwable error) {
        StringBuilder out = new StringBuilder();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            if (t != error) {
                out.append("\n  caused by ");
            }
            out.append(t.getClass().getName());
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                out.append(" (SQL state ").append(sql.getSQLState()).append(')');
            }
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                out.append("\n    at ").append(frames[i]);
            }
            if (frames.length > FRAMES) {
                out.append("\n    ... ").append(frames.length - FRAMES).append(" more");
            }
        }
        return out.toString();
    }
}
