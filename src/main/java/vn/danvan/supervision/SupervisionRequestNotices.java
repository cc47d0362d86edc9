package vn.danvan.supervision;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.danvan.notification.NoticeKey;
import vn.danvan.notification.NoticeLetter;
import vn.danvan.notification.NoticeService;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.shared.DanVanTime;

/**
 * A supervision request sent reaches the head of each supervised unit (issue 18): once per addressed unit,
 * through notify-once, after the Front's transaction is committed, with a link to the request.
 */
@Component
class SupervisionRequestNotices {

    static final String TOPIC = "supervision.request";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final SupervisionRecords records;
    private final NoticeService notices;
    private final OrganisationService organisation;
    private final MessageSource messages;

    SupervisionRequestNotices(SupervisionRecords records, NoticeService notices, OrganisationService organisation,
            MessageSource messages) {
        this.records = records;
        this.notices = notices;
        this.organisation = organisation;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(SupervisionRequestSent event) {
        Views.Request request = records.request(event.requestId());
        List<Views.Recipient> recipients = records.recipients(request.id());
        Map<Long, List<Long>> heads = organisation.headAccountsOf(recipients.stream().map(Views.Recipient::unitId).toList());
        String title = messages.getMessage("supervision.notice.new.title", null, VIETNAMESE);
        for (Views.Recipient recipient : recipients) {
            String body = messages.getMessage("supervision.notice.new.body", new Object[] {request.title(),
                    request.frontUnitName(), recipient.dueDate() == null ? "" : recipient.dueDate().format(DanVanTime.DATE)},
                    VIETNAMESE);
            notices.notifyOnce(new NoticeKey(TOPIC, recipient.id(), "RECEIVED", event.on()),
                    new NoticeLetter(heads.getOrDefault(recipient.unitId(), List.of()), title, body,
                            "/supervision/" + request.id()));
        }
    }
}
