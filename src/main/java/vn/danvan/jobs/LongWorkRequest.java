package vn.danvan.jobs;

import java.util.List;
import java.util.Map;

/**
 * A job to start: its kind (a {@link LongWorkHandler}'s), its title as a message key with arguments (shown
 * on the progress page and in the list), the unit it is about (or null), its parameters (the filter of an
 * export, say) and, for an import, the uploaded file and its number of data rows (the progress page's total
 * from the start; a handler may also tell it with {@link LongWorkProgress#total}).
 */
public record LongWorkRequest(String kind, String titleKey, List<String> titleArgs, Long unitId,
        Map<String, String> params, String inputName, byte[] input, Long total) {

    public LongWorkRequest {
        titleArgs = titleArgs == null ? List.of() : List.copyOf(titleArgs);
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    /** A job with parameters and no uploaded file (an export, a consolidation). */
    public static LongWorkRequest of(String kind, String titleKey, List<String> titleArgs, Map<String, String> params) {
        return new LongWorkRequest(kind, titleKey, titleArgs, null, params, null, null, null);
    }

    /** A job on an uploaded file (an import). */
    public static LongWorkRequest upload(String kind, String titleKey, Map<String, String> params, String fileName,
            byte[] content, long rows) {
        return new LongWorkRequest(kind, titleKey, List.of(fileName == null ? "" : fileName), null, params, fileName,
                content, rows);
    }
}
