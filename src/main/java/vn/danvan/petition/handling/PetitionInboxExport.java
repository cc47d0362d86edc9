package vn.danvan.petition.handling;

import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.danvan.jobs.LongWork;
import vn.danvan.jobs.LongWorkHandler;
import vn.danvan.jobs.LongWorkProgress;
import vn.danvan.jobs.LongWorkResult;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.TableExport;
import vn.danvan.shared.web.TableStream;

/**
 * The inbox export: every petition the filter finds in the person's scope, written row by row from the
 * database to the spreadsheet. Up to the export threshold the controller answers with the file at once;
 * above it, this runs as a background job ({@link #KIND}) that writes the file under the data directory,
 * started again from the first row if its node dies.
 */
@Component
class PetitionInboxExport implements LongWorkHandler {

    static final String KIND = "petition-inbox-export";
    static final String FILE_NAME = "phan-anh-kien-nghi";

    private final PetitionInbox inbox;
    private final MessageSource messages;

    PetitionInboxExport(PetitionInbox inbox, MessageSource messages) {
        this.inbox = inbox;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public LongWorkResult run(LongWork work, LongWorkProgress progress) throws Exception {
        InboxFilter filter = filter(work.params());
        String format = work.param("format");
        progress.total(inbox.count(filter));
        try (OutputStream out = Files.newOutputStream(work.resultFile())) {
            write(filter, format, out, progress::step);
        }
        return LongWorkResult.file(work.resultFile(), FILE_NAME + "." + TableStream.extension(format),
                TableStream.mediaType(format));
    }

    /** Writes the export of the filter to the stream, calling {@code eachRow} after every row; the row count. */
    long write(InboxFilter filter, String format, OutputStream out, Runnable eachRow) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Channel, String> channels = new EnumMap<>(Channel.class);
        Arrays.stream(Channel.values()).forEach(c -> channels.put(c, messages.getMessage(c.messageKey(), null, locale)));
        Map<PetitionStatus, String> statuses = new EnumMap<>(PetitionStatus.class);
        Arrays.stream(PetitionStatus.values()).forEach(s -> statuses.put(s, messages.getMessage(s.messageKey(), null, locale)));
        List<String> header = TableExport.header(messages, "petition.code", "petition.title", "petition.category",
                "petition.unit", "petition.channel", "petition.receivedAt", "petition.status", "petition.answerDue",
                "petition.assignee");
        try (TableStream table = TableStream.of(format, out, FILE_NAME, header)) {
            inbox.stream(filter, r -> {
                table.row(Arrays.asList(r.code(), r.title(), r.category(), r.unit(), channels.get(r.channel()),
                        r.receivedAt().atZoneSameInstant(DanVanTime.ZONE).format(DanVanTime.DATE_TIME),
                        statuses.get(r.status()), r.answerDue().format(DanVanTime.DATE), r.assignee()));
                eachRow.run();
            });
            return table.rows();
        }
    }

    /** The filter and format as a job's parameters. */
    static Map<String, String> params(InboxFilter f, String format) {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "q", f.q());
        put(p, "status", f.status() == null ? null : f.status().name());
        put(p, "categoryId", f.categoryId());
        put(p, "overdue", f.overdue());
        put(p, "dueThisWeek", f.dueThisWeek());
        put(p, "mine", f.mine());
        put(p, "unitId", f.unitId());
        put(p, "format", TableStream.extension(format));
        return p;
    }

    static InboxFilter filter(Map<String, String> p) {
        return new InboxFilter(p.get("q"), p.get("status") == null ? null : PetitionStatus.valueOf(p.get("status")),
                longOrNull(p.get("categoryId")), boolOrNull(p.get("overdue")), boolOrNull(p.get("dueThisWeek")),
                boolOrNull(p.get("mine")), longOrNull(p.get("unitId")));
    }

    private static void put(Map<String, String> p, String name, Object value) {
        if (value != null) {
            p.put(name, String.valueOf(value));
        }
    }

    private static Long longOrNull(String s) {
        return s == null ? null : Long.valueOf(s);
    }

    private static Boolean boolOrNull(String s) {
        return s == null ? null : Boolean.valueOf(s);
    }
}
