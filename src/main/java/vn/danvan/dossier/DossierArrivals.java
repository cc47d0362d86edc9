package vn.danvan.dossier;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.danvan.notification.NoticeKey;
import vn.danvan.notification.NoticeLetter;
import vn.danvan.notification.NoticeService;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.shared.DanVanTime;

/**
 * A dossier new to a unit reaches its officers (its heads when it has no officer) but the one who received or
 * transferred it (issue 18): once per dossier and arrival, through notify-once, after the commit. The notice
 * names the dossier by code and procedure, never its applicant.
 */
@Component
class DossierArrivals {

    static final String TOPIC = "dossier.arrival";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final Dossiers dossiers;
    private final NoticeService notices;
    private final OrganisationService organisation;
    private final MessageSource messages;

    DossierArrivals(Dossiers dossiers, NoticeService notices, OrganisationService organisation,
            MessageSource messages) {
        this.dossiers = dossiers;
        this.notices = notices;
        this.organisation = organisation;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(DossierArrived event) {
        dossiers.load(event.dossierId()).ifPresent(d -> {
            List<Long> to = organisation.workReceivers(event.unitId(), m -> m.accountId() == event.byAccountId());
            Object[] args = {d.code(), d.procedureName(), d.unitName(), DanVanTime.DATE.format(d.dueDate())};
            notices.notifyOnce(new NoticeKey(TOPIC, d.id(), event.how(), event.on()),
                    new NoticeLetter(to, messages.getMessage("dossier.notice.arrived.title", args, VIETNAMESE),
                            messages.getMessage("dossier.notice.arrived.body", args, VIETNAMESE),
                            "/dossiers/" + d.id()));
        });
    }
}
