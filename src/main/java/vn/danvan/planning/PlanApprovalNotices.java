package vn.danvan.planning;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.danvan.notification.NoticeKey;
import vn.danvan.notification.NoticeLetter;
import vn.danvan.notification.NoticeService;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitView;

/**
 * A plan sent for approval reaches the unit's head (issue 18): once per sending, through notify-once, after
 * the officers' transaction is committed, with a link to the plan.
 */
@Component
class PlanApprovalNotices {

    static final String TOPIC = "planning.approval";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final NoticeService notices;
    private final OrganisationService organisation;
    private final MessageSource messages;

    PlanApprovalNotices(NoticeService notices, OrganisationService organisation, MessageSource messages) {
        this.notices = notices;
        this.organisation = organisation;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(PlanSubmitted event) {
        String unitName = organisation.unit(event.unitId()).map(UnitView::name).orElse("");
        Object[] args = {event.year(), unitName};
        notices.notifyOnce(new NoticeKey(TOPIC, event.planId(), "SUBMIT-" + event.version(), event.on()),
                new NoticeLetter(organisation.headAccountsOf(event.unitId()),
                        messages.getMessage("planning.notice.submitted.title", args, VIETNAMESE),
                        messages.getMessage("planning.notice.submitted.body", args, VIETNAMESE),
                        "/planning/plans/" + event.planId()));
    }
}
