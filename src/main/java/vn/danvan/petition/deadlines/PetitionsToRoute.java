package vn.danvan.petition.deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.danvan.notification.DueNotice;
import vn.danvan.notification.DueNotices;
import vn.danvan.notification.NoticeKey;
import vn.danvan.notification.NoticeLetter;
import vn.danvan.notification.NoticeService;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.StaffMember;
import vn.danvan.petition.handling.PetitionStatus;
import vn.danvan.petition.handling.PetitionTally;

/**
 * Home Affairs hears of the petitions waiting for it to route them (received without a unit) in one notice per
 * run of the due notices, not one per petition: a national or provincial portal and the Open311 clients bring
 * thousands a day, and the work queue "Phản ánh chờ chuyển đến đơn vị" already lists each. A notice goes out when
 * a petition newer than the last one told about is waiting (its key is the newest petition's id and the day), and
 * once a day while any still waits. It names the newest petitions by code and title, never their petitioners.
 */
@Component
class PetitionsToRoute implements DueNotices {

    static final String TOPIC = "petition.toRoute";
    static final String LINK = "/petitions?status=RECEIVED";
    /** How many of the newest waiting petitions the notice names. */
    static final int NAMED = 5;

    private final JdbcClient jdbc;
    private final PetitionTally tally;
    private final NoticeService notices;
    private final OrganisationService organisation;
    private final MessageSource messages;

    PetitionsToRoute(JdbcClient jdbc, PetitionTally tally, NoticeService notices, OrganisationService organisation,
            MessageSource messages) {
        this.jdbc = jdbc;
        this.tally = tally;
        this.notices = notices;
        this.organisation = organisation;
        this.messages = messages;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    /** Sends the notice due on {@code today}, if any; 1 when it was sent now. */
    int run(LocalDate today) {
        return notices.sendDue(this, today);
    }

    @Override
    public List<DueNotice> dueOn(LocalDate today) {
        long count = tally.count(List.of(PetitionTally.NOT_ROUTED), PetitionStatus.RECEIVED);
        if (count == 0) {
            return List.of();
        }
        record Named(long id, String text) {
        }
        List<Named> newest = jdbc.sql("""
                        select id, code, title from petition where unit_id is null and status = 'RECEIVED'
                         order by id desc""")
                .withMaxRows(NAMED)
                .query((rs, n) -> new Named(rs.getLong("id"), rs.getString("code") + " “" + rs.getString("title") + "”"))
                .list();
        if (newest.isEmpty()) {
            return List.of();
        }
        String named = newest.stream().map(Named::text).collect(Collectors.joining("; "));
        return List.of(new DueNotice(new NoticeKey(TOPIC, newest.get(0).id(), "ROUTE", today),
                () -> letter(count, named)));
    }

    private NoticeLetter letter(long count, String newest) {
        List<Long> to = organisation.staffWithRole(Role.HOME_AFFAIRS).stream().map(StaffMember::accountId).toList();
        Object[] args = {count, newest, organisation.localNames(PetitionNotices.VIETNAMESE).homeAffairs()};
        return new NoticeLetter(to, messages.getMessage("petition.notice.toRoute.title", args, PetitionNotices.VIETNAMESE),
                messages.getMessage("petition.notice.toRoute.body", args, PetitionNotices.VIETNAMESE), LINK);
    }
}
