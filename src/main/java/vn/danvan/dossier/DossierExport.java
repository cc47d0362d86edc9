package vn.danvan.dossier;

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
import vn.danvan.shared.web.TableExport;

/**
 * The dossier list's export: every dossier the filter finds in the person's scope, newest first, read with a
 * streaming cursor; above the export threshold a background job ({@link #KIND}).
 */
@Component
class DossierExport extends ExportJob {

    static final String KIND = "dossier-export";

    private final Dossiers dossiers;
    private final MessageSource messages;

    DossierExport(Dossiers dossiers, MessageSource messages) {
        this.dossiers = dossiers;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    protected String fileName() {
        return "ho-so-mot-cua";
    }

    @Override
    protected String titleKey() {
        return "dossier.export.jobTitle";
    }

    @Override
    protected List<String> header() {
        return TableExport.header(messages, "dossier.code", "dossier.procedure", "dossier.unit", "dossier.receivedAt",
                "dossier.dueDate", "dossier.state", "dossier.returnedAt", "dossier.timeliness");
    }

    @Override
    protected long count(Map<String, String> params) {
        return dossiers.count(filter(params));
    }

    @Override
    protected void rows(Map<String, String> params, Consumer<List<?>> row) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<DossierState, String> states = new EnumMap<>(DossierState.class);
        Arrays.stream(DossierState.values()).forEach(s -> states.put(s, messages.getMessage(s.messageKey(), null, locale)));
        Map<String, String> timeliness = new LinkedHashMap<>();
        for (String key : List.of("dossier.late", "dossier.pending", "dossier.onTime", "dossier.returnedLate")) {
            timeliness.put(key, messages.getMessage(key, null, locale));
        }
        var today = dossiers.today();
        dossiers.stream(filter(params), d -> row.accept(List.of(d.code(), d.procedureName(), d.unitName(),
                d.receivedAt(), d.dueDate(), states.get(d.state()), d.returnedAt() == null ? "" : d.returnedAt(),
                timeliness.get(d.onTime() == null ? (d.lateOn(today) ? "dossier.late" : "dossier.pending")
                        : d.onTime() ? "dossier.onTime" : "dossier.returnedLate"))));
    }

    static Map<String, Object> params(Dossiers.Filter f) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("unitId", f.unitId());
        p.put("state", f.state());
        p.put("procedureId", f.procedureId());
        p.put("late", f.late());
        p.put("code", f.code());
        return p;
    }

    private static Dossiers.Filter filter(Map<String, String> p) {
        return new Dossiers.Filter(longParam(p, "unitId"), enumParam(p, "state", DossierState.class),
                longParam(p, "procedureId"), Boolean.TRUE.equals(booleanParam(p, "late")), p.get("code"));
    }
}
