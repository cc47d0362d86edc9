package vn.danvan.petition.deadlines;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.danvan.notification.NoticeKey;
import vn.danvan.notification.NoticeLetter;
import vn.danvan.notification.NoticeService;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitView;
import vn.danvan.petition.handling.Petition;
import vn.danvan.petition.handling.PetitionRepository;
import vn.danvan.shared.DanVanTime;

/**
 * Work arriving (issue 18): a petition new to a unit goes to its officers (its heads when it has no officer); an
 * assignment to the officer. Each once per petition and arrival, through notify-once, after the handling's
 * transaction is committed. The notice names the petition by code and title, never its petitioner. Home Affairs
 * hears of the petitions still to be routed together ({@link PetitionsToRoute}).
 */
@Component
class PetitionArrivals {

    static final String TOPIC = "petition.arrival";

    private final PetitionRepository petitions;
    private final PetitionNotices petitionNotices;
    private final NoticeService notices;
    private final OrganisationService organisation;
    private final MessageSource messages;

    PetitionArrivals(PetitionRepository petitions, PetitionNotices petitionNotices, NoticeService notices,
            OrganisationService organisation, MessageSource messages) {
        this.petitions = petitions;
        this.petitionNotices = petitionNotices;
        this.notices = notices;
        this.organisation = organisation;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(PetitionArrived event) {
        if (event.unitId() == null) {
            return; // stored before PetitionsToRoute told Home Affairs of these together
        }
        petitions.find(event.petitionId()).ifPresent(p -> notices.notifyOnce(
                new NoticeKey(TOPIC, p.id(), event.how(), event.on()), letter(p, event.unitId(), event.byUsername())));
    }

    @ApplicationModuleListener
    void on(PetitionAssigned event) {
        petitions.find(event.petitionId())
                .ifPresent(p -> petitionNotices.assigned(p, event.accountId(), event.on()));
    }

    private NoticeLetter letter(Petition p, long unitId, String by) {
        List<Long> to = organisation.workReceivers(unitId, m -> m.username().equals(by));
        String unitName = organisation.unit(unitId).map(UnitView::name).orElse("");
        Object[] args = {p.code(), p.title(), unitName,
                p.acceptanceDue() == null ? "" : DanVanTime.DATE.format(p.acceptanceDue()),
                p.answerDue() == null ? "" : DanVanTime.DATE.format(p.answerDue())};
        return new NoticeLetter(to, messages.getMessage("petition.notice.arrived.title", args, PetitionNotices.VIETNAMESE),
                messages.getMessage("petition.notice.arrived.body", args, PetitionNotices.VIETNAMESE),
                "/petitions/" + p.id());
    }
}
