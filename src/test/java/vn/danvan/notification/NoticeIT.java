package vn.danvan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.organisation.OrganisationFixture;

/**
 * The one notify-once mechanism: a notice goes out once per key, whichever run or node gets there first;
 * a notice nobody can receive is not recorded, so it goes out once someone is there; one failing notice
 * stops no other.
 */
@DanVanIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class NoticeIT {

    private static final LocalDate DUE = LocalDate.of(2027, 3, 15);

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    NoticeService notices;
    @Autowired
    List<DueNotices> modules;
    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;

    OrganisationFixture organisation;
    String topic;

    @BeforeEach
    void setUp() {
        organisation = OrganisationFixture.of(context);
        topic = "test." + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A module's query for the test: its notices are about subjects 1..n, each to the given accounts. */
    private DueNotices source(int n, Function<Integer, NoticeLetter> letter) {
        return new DueNotices() {
            @Override
            public String topic() {
                return topic;
            }

            @Override
            public List<DueNotice> dueOn(LocalDate today) {
                List<DueNotice> due = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    int subject = i;
                    due.add(new DueNotice(new NoticeKey(topic, subject, "OVERDUE", DUE), () -> letter.apply(subject)));
                }
                return due;
            }
        };
    }

    private NoticeLetter letterTo(List<Long> accounts, int subject) {
        return new NoticeLetter(accounts, "Quá hạn " + topic, "Việc số " + subject + " đã quá hạn.",
                "/" + topic + "/" + subject);
    }

    private long notifications(long account) {
        return jdbc.sql("select count(*) from notification where account_id = :a and title = :t")
                .param("a", account).param("t", "Quá hạn " + topic).query(Long.class).single();
    }

    private long recorded() {
        return jdbc.sql("select count(*) from notice_sent where topic = :t").param("t", topic).query(Long.class)
                .single();
    }

    @Test
    void aNoticeIsSentOnceAndRecordedWithItsRecipients() {
        var head = organisation.staff().create();
        var deputy = organisation.staff().create();
        DueNotices due = source(1, s -> letterTo(List.of(head.accountId(), deputy.accountId(), head.accountId()), s));

        assertThat(notices.sendDue(due, DUE)).isEqualTo(1);
        assertThat(notices.sendDue(due, DUE.plusDays(1))).isZero();

        assertThat(notifications(head.accountId())).isEqualTo(1);
        assertThat(notifications(deputy.accountId())).isEqualTo(1);
        NoticeKey key = new NoticeKey(topic, 1, "OVERDUE", DUE);
        assertThat(notices.wasSent(key)).isTrue();
        assertThat(notices.sentAbout(topic, 1)).singleElement().satisfies(n -> {
            assertThat(n.recipients()).isEqualTo(2);
            assertThat(n.sentBy()).isEqualTo(NoticeService.SYSTEM);
        });
        assertThat(notices.notifyOnce(key, letterTo(List.of(head.accountId()), 1)))
                .isEqualTo(NoticeOutcome.ALREADY_SENT);
        assertThat(notifications(head.accountId())).isEqualTo(1);
    }

    @Test
    void aNoticeNobodyCanReceiveWaitsOnTheRecordAndGoesOutOnceSomeoneIsThere(CapturedOutput output) throws Exception {
        List<Long> heads = new ArrayList<>();
        DueNotices due = source(1, s -> letterTo(heads, s));

        NoticeKey key = new NoticeKey(topic, 1, "OVERDUE", DUE);
        assertThat(notices.sendDue(due, DUE)).isZero();
        assertThat(notices.sendDue(due, DUE)).isZero();
        assertThat(recorded()).isZero();
        assertThat(output.getOut()).as("one line a run, naming the first such notice")
                .contains("Notices of " + topic + " nobody can receive: 1 (first " + topic + "/1/OVERDUE/2027-03-15)")
                .doesNotContain("has nobody to receive it");
        // on the record: it waits, tried twice, and the administrators' outbox screen lists it
        assertThat(notices.isWaiting(key)).isTrue();
        assertThat(jdbc.sql("select tries from notice_waiting where topic = :t").param("t", topic).query(Integer.class)
                .single()).isEqualTo(2);
        assertThat(outboxPage()).contains("id=\"waiting-notices\"", ">" + topic + "</td>", ">15/03/2027</td>");

        var head = organisation.staff().create(); // a head is named
        heads.add(head.accountId());
        assertThat(notices.sendDue(due, DUE.plusDays(1))).isEqualTo(1);
        assertThat(notices.sendDue(due, DUE.plusDays(2))).isZero();
        assertThat(notifications(head.accountId())).isEqualTo(1);
        assertThat(recorded()).isEqualTo(1);
        assertThat(notices.isWaiting(key)).isFalse();
        assertThat(outboxPage()).doesNotContain(">" + topic + "</td>");
    }

    private String outboxPage() throws Exception {
        return mvc.perform(get("/admin/outbox").with(SignedIn.as(context, "admin"))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void oneFailingNoticeDoesNotStopTheOthers() {
        var head = organisation.staff().create();
        DueNotices due = source(3, s -> {
            if (s == 2) {
                throw new IllegalStateException("the second record is broken");
            }
            return letterTo(List.of(head.accountId()), s);
        });

        assertThat(notices.sendDue(due, DUE)).isEqualTo(2);

        assertThat(notifications(head.accountId())).isEqualTo(2);
        assertThat(notices.sentAbout(topic, 1)).hasSize(1);
        assertThat(notices.sentAbout(topic, 2)).isEmpty();
        assertThat(notices.sentAbout(topic, 3)).hasSize(1);
    }

    @Test
    void oneNoticeThatCannotBeDeliveredIsRolledBackAndTheOthersGoOut() {
        var head = organisation.staff().create();
        DueNotices due = source(3, s -> s == 2
                ? new NoticeLetter(List.of(head.accountId()), "Quá hạn " + topic, "x", "https://elsewhere.example")
                : letterTo(List.of(head.accountId()), s));

        assertThat(notices.sendDue(due, DUE)).isEqualTo(2);

        assertThat(notices.sentAbout(topic, 2)).isEmpty(); // the link was refused inside the transaction
        assertThat(recorded()).isEqualTo(2);
        assertThat(notifications(head.accountId())).isEqualTo(2);
    }

    @Test
    void twoNodesRunningAtOnceSendEachNoticeOnce() throws Exception {
        var head = organisation.staff().create();
        int count = 20;
        // both runs find every notice unsent before either records one: the unique key alone decides
        CyclicBarrier bothLooked = new CyclicBarrier(2);
        DueNotices due = source(count, s -> {
            if (s == 1) {
                await(bothLooked);
            }
            return letterTo(List.of(head.accountId()), s);
        });

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = nodes.submit(() -> notices.sendDue(due, DUE));
            Future<Integer> second = nodes.submit(() -> notices.sendDue(due, DUE));
            assertThat(first.get(60, TimeUnit.SECONDS) + second.get(60, TimeUnit.SECONDS)).isEqualTo(count);
        } finally {
            nodes.shutdownNow();
        }

        assertThat(recorded()).isEqualTo(count);
        assertThat(notifications(head.accountId())).isEqualTo(count);
    }

    @Test
    void oneRecurringTaskAsksEveryModuleAndOneModulesFailureStopsNoOther() {
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'due-notices'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(modules).extracting(DueNotices::topic).contains("petition.deadline", "reporting.reminder",
                "dialogue.commitment", "supervision.answer", "dossier.apology");

        var head = organisation.staff().create();
        DueNotices broken = new DueNotices() {
            @Override
            public String topic() {
                return "test.broken";
            }

            @Override
            public List<DueNotice> dueOn(LocalDate today) {
                throw new IllegalStateException("this module's query fails");
            }
        };
        var run = new DueNoticesRun(List.of(broken, source(2, s -> letterTo(List.of(head.accountId()), s))), notices,
                clock);

        assertThat(run.run(DUE)).isEqualTo(2);
        assertThat(notifications(head.accountId())).isEqualTo(2);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
