package vn.danvan.petition.handling;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.danvan.jobs.ExportJob;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.TableExport;

/**
 * The inbox export: every petition the filter finds in the person's scope, written row by row from the
 * database to the spreadsheet; above the export threshold a background job ({@link #KIND}).
 */
@Component
class PetitionInboxExport extends ExportJob {

    static final String KIND = "petition-inbox-export";

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
    protected String fileName() {
        return "phan-anh-kien-nghi";
    }

    @Override
    protected String titleKey() {
        return "petition.export.jobTitle";
    }

    @Override
    protected List<String> header() {
        return TableExport.header(messages, "petition.code", "petition.title", "petition.category",
                "petition.unit", "petition.channel", "petition.receivedAt", "petition.status", "petition.answerDue",
                "petition.assignee");
    }

    @Override
    protected long count(Map<String, String> params) {
        return inbox.count(filter(params));
    }

    @Override
    protected void rows(Map<String, String> params, Consumer<List<?>> row) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Channel, String> channels = new EnumMap<>(Channel.class);
        Arrays.stream(Channel.values()).forEach(c -> channels.put(c, messages.getMessage(c.messageKey(), null, locale)));
        Map<PetitionStatus, String> statuses = new EnumMap<>(PetitionStatus.class);
        Arrays.stream(PetitionStatus.values()).forEach(s -> statuses.put(s, messages.getMessage(s.messageKey(), null, locale)));
        inbox.stream(filter(params), r -> row.accept(Arrays.asList(r.code(), r.title(), r.category(), r.unit(),
                channels.get(r.channel()), r.receivedAt().atZoneSameInstant(DanVanTime.ZONE).format(DanVanTime.DATE_TIME),
                statuses.get(r.status()), r.answerDue().format(DanVanTime.DATE), r.assignee())));
    }

    /** The inbox filter as the export's parameters. */
    static Map<String, Object> params(InboxFilter f) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("q", f.q());
        p.put("status", f.status());
        p.put("categoryId", f.categoryId());
        p.put("overdue", f.overdue());
        p.put("dueThisWeek", f.dueThisWeek());
        p.put("mine", f.mine());
        p.put("unitId", f.unitId());
        return p;
    }

    private static InboxFilter filter(Map<String, String> p) {
        return new InboxFilter(p.get("q"), enumParam(p, "status", PetitionStatus.class), longParam(p, "categoryId"),
                booleanParam(p, "overdue"), booleanParam(p, "dueThisWeek"), booleanParam(p, "mine"),
                longParam(p, "unitId"));
    }
}
