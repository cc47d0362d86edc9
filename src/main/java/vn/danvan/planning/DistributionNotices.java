package vn.danvan.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.danvan.notification.DueNotice;
import vn.danvan.notification.DueNotices;
import vn.danvan.notification.NoticeKey;
import vn.danvan.notification.NoticeService;

/**
 * A receiving unit late with a distributed document is reminded once for each day it let pass: the day after the
 * day to acknowledge, if it has not; the day after the day to disseminate, if it has not. Through the notification
 * module's notify-once mechanism, which asks this query with the other modules' every quarter of an hour.
 */
@Component
class DistributionNotices implements DueNotices {

    static final String TOPIC = "distribution.late";

    private final JdbcClient jdbc;
    private final Distributions distributions;
    private final NoticeService notices;

    DistributionNotices(JdbcClient jdbc, Distributions distributions, NoticeService notices) {
        this.jdbc = jdbc;
        this.distributions = distributions;
        this.notices = notices;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    int run(LocalDate today) {
        return notices.sendDue(this, today);
    }

    @Override
    public List<DueNotice> dueOn(LocalDate today) {
        List<DueNotice> due = new ArrayList<>();
        String select = Distributions.SELECT_LINE + " " + """
                 where r.disseminated_on is null
                   and ((r.acknowledged_on is null and d.acknowledge_by < :today) or d.disseminate_by < :today)
                 order by r.id""";
        record Late(DistributionRecipient line, LocalDate deadline) {
        }
        List<Late> late = jdbc.sql(select).param("today", today).query((rs, n) -> {
            DistributionRecipient line = Distributions.line(rs, today);
            return new Late(line, line.state() == RecipientState.UNREAD_LATE
                    ? rs.getObject("acknowledge_by", LocalDate.class) : rs.getObject("disseminate_by", LocalDate.class));
        }).list();
        for (Late l : late) {
            String kind = l.line().state() == RecipientState.UNREAD_LATE ? "ACKNOWLEDGE" : "DISSEMINATE";
            due.add(new DueNotice(new NoticeKey(TOPIC, l.line().id(), kind, l.deadline()),
                    () -> distributions.letter(distributions.load(l.line().distributionId()), l.line(), "late")));
        }
        return due;
    }
}
