package vn.danvan.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.jobs.LongWorkProgress;
import vn.danvan.jobs.LongWorkRefusedException;
import vn.danvan.organisation.OrganisationFixture;
import vn.danvan.organisation.Role;

/**
 * The ranking of a round as a background job: who may not rank starts nothing (403); a request while the
 * round's ranking job runs starts no second job (its starter is sent to its page, anyone else back to the round);
 * two requests at once start one job and freeze the ranking once; a job that fails leaves the round as it was.
 */
@DanVanIntegrationTest
class RankingJobIT {

    private final MockMvc mvc;
    private final ApplicationContext context;
    private final JdbcClient jdbc;

    @Autowired
    RankingJobIT(MockMvc mvc, ApplicationContext context, JdbcClient jdbc) {
        this.mvc = mvc;
        this.context = context;
        this.jdbc = jdbc;
    }

    @Test
    void whoMayNotRankGets403AndNothingStarts() throws Exception {
        long round = openRound(2016);
        long version = RankingJobs.version(jdbc, round);
        // a commune's chairman, the Fatherland Front and the Chairman (who decides, but does not rank)
        for (String user : new String[] {"anbinh.truong", "mttq", "chutich"}) {
            mvc.perform(post("/commendation/" + round + "/rank").with(SignedIn.as(context, user)).with(csrf())
                    .param("version", String.valueOf(version))).andExpect(status().isForbidden());
        }
        assertThat(jobsOf(round)).isZero();
        assertThat(rankingJob(round)).isNull();
        assertThat(state(round)).isEqualTo("DRAFT");
        assertThat(RankingJobs.version(jdbc, round)).isEqualTo(version);
    }

    @Test
    void aRequestWhileTheRoundsRankingRunsStartsNoSecondJob() throws Exception {
        long round = openRound(2015);
        long version = RankingJobs.version(jdbc, round);
        // the round's ranking job running on some node, a thousand units scored of 3,321
        long running = runningJob(round, "noivu");

        mvc.perform(post("/commendation/" + round + "/rank").with(SignedIn.as(context, "noivu")).with(csrf())
                        .param("version", String.valueOf(version)))
                .andExpect(status().isSeeOther())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/jobs/" + running))
                .andExpect(flash().attribute("flash", "commendation.rank.alreadyRunning"));
        assertThat(page("/jobs/" + running, "noivu")).contains("1.000 / 3.321 đơn vị");
        String roundPage = page("/commendation/" + round, "noivu");
        assertThat(roundPage).contains("id=\"ranking-running\"", "href=\"/jobs/" + running + "\"")
                .doesNotContain("id=\"rank\"");

        // another Home Affairs officer may not see that job's page: back to the round, told why
        String colleague = OrganisationFixture.of(context).staff().in(unitOf("noivu")).role(Role.HOME_AFFAIRS)
                .create().username();
        mvc.perform(post("/commendation/" + round + "/rank").with(SignedIn.as(context, colleague)).with(csrf())
                        .param("version", String.valueOf(version)))
                .andExpect(status().isSeeOther())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/commendation/" + round))
                .andExpect(flash().attribute("flash", "commendation.rank.runningForOther"));
        assertThat(page("/commendation/" + round, colleague)).contains("id=\"ranking-running\"")
                .doesNotContain("href=\"/jobs/" + running + "\"");
        assertThat(jobsOf(round)).isEqualTo(1);
        assertThat(state(round)).isEqualTo("DRAFT");
        assertThat(RankingJobs.version(jdbc, round)).isEqualTo(version);

        // once that job ended (it failed, say), the button starts a new one, which ranks the round
        jdbc.sql("update long_work set state = 'FAILED', error_key = 'jobs.error.unexpected', finished_at = :now "
                + "where id = :id").param("now", OffsetDateTime.now()).param("id", running).update();
        long job = RankingJobs.rank(mvc, jdbc, SignedIn.as(context, "noivu"), round);
        assertThat(job).isNotEqualTo(running);
        assertThat(jobsOf(round)).isEqualTo(2);
        assertThat(state(round)).isEqualTo("RANKED");
        assertThat(page("/commendation/" + round, "noivu")).doesNotContain("id=\"ranking-running\"")
                .contains("id=\"rank\"");
    }

    @Test
    void twoRequestsAtOnceStartOneJobAndFreezeTheRankingOnce() throws Exception {
        long round = openRound(2014);
        long version = RankingJobs.version(jdbc, round);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
        try {
            Callable<MockHttpServletResponse> press = () -> {
                go.await();
                return mvc.perform(post("/commendation/" + round + "/rank").with(SignedIn.as(context, "noivu"))
                        .with(csrf()).param("version", String.valueOf(version))).andReturn().getResponse();
            };
            answers.add(pool.submit(press));
            answers.add(pool.submit(press));
            go.countDown();
            List<MockHttpServletResponse> responses = new ArrayList<>();
            for (Future<MockHttpServletResponse> a : answers) {
                responses.add(a.get(60, TimeUnit.SECONDS));
            }
            assertThat(jobsOf(round)).as("one ranking job").isEqualTo(1);
            long job = rankingJob(round);
            assertThat(RankingJobs.waitForEnd(jdbc, job)).isEqualTo("DONE");
            // each answer leads to that job, or (when the job had already frozen the ranking and moved the round's
            // version before the second request read it) is the stale-version conflict; at least one leads to it
            assertThat(responses).allSatisfy(r -> assertThat(r.getStatus() == 303
                    ? r.getHeader("Location") : String.valueOf(r.getStatus())).isIn("/jobs/" + job, "409"));
            assertThat(responses).anySatisfy(r -> assertThat(r.getHeader("Location")).isEqualTo("/jobs/" + job));
        } finally {
            pool.shutdownNow();
        }
        assertThat(state(round)).isEqualTo("RANKED");
        assertThat(RankingJobs.version(jdbc, round)).as("frozen once").isEqualTo(version + 1);
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where entity_type = 'CommendationRound' and entity_id = :r
                   and action = 'UPDATE'""").param("r", String.valueOf(round)).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aRankingThatFailsLeavesTheRoundAsItWas(@Autowired Commendations commendations,
            @Autowired PlatformTransactionManager transactions) throws Exception {
        long round = openRound(2013);
        RankingJobs.rank(mvc, jdbc, SignedIn.as(context, "noivu"), round);
        long scores = scores(round);
        assertThat(scores).isPositive();
        BigDecimal sum = jdbc.sql("select sum(total) from commendation_score where round_id = :r").param("r", round)
                .query(BigDecimal.class).single();
        OffsetDateTime rankedAt = jdbc.sql("select ranked_at from commendation_round where id = :r").param("r", round)
                .query(OffsetDateTime.class).single();
        long version = RankingJobs.version(jdbc, round);
        long updates = updates(round);
        long job = rankingJob(round);

        // a job no longer the round's is refused with its own message, and changes nothing
        var outer = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> OrganisationFixture.of(context).actingAs("noivu",
                () -> outer.execute(s -> commendations.rank(round, job + 1000, progress(() -> { })))))
                .isInstanceOf(LongWorkRefusedException.class)
                .extracting(e -> ((LongWorkRefusedException) e).messageKey())
                .isEqualTo("commendation.rank.error.superseded");

        // the round changed by someone else while the job scored the units: its freeze fails, and with it the
        // whole job's transaction (the job's runner records it failed: the data changed under it)
        var aside = new TransactionTemplate(transactions);
        aside.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        Runnable meanwhile = () -> aside.executeWithoutResult(s -> jdbc.sql(
                "update commendation_round set version = version + 1 where id = :r").param("r", round).update());
        assertThatThrownBy(() -> OrganisationFixture.of(context).actingAs("noivu",
                () -> outer.execute(s -> commendations.rank(round, job, progress(meanwhile)))))
                .isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(scores(round)).isEqualTo(scores);
        assertThat(jdbc.sql("select sum(total) from commendation_score where round_id = :r").param("r", round)
                .query(BigDecimal.class).single()).isEqualByComparingTo(sum);
        assertThat(jdbc.sql("select ranked_at from commendation_round where id = :r").param("r", round)
                .query(OffsetDateTime.class).single()).isEqualTo(rankedAt);
        assertThat(RankingJobs.version(jdbc, round)).as("only the other change").isEqualTo(version + 1);
        assertThat(updates(round)).isEqualTo(updates);
    }

    /** Progress that does {@code onChunk} after each chunk of units scored. */
    private static LongWorkProgress progress(Runnable onChunk) {
        return new LongWorkProgress() {
            @Override
            public void total(long total) {
            }

            @Override
            public void done(long done) {
                onChunk.run();
            }

            @Override
            public void step() {
            }
        };
    }

    private long openRound(int year) throws Exception {
        String location = mvc.perform(post("/commendation").with(SignedIn.as(context, "noivu")).with(csrf())
                        .param("year", String.valueOf(year)).param("collectiveTitles", "Tập thể lao động xuất sắc")
                        .param("individualTitles", "Giấy khen").param("unitKinds", "COMMUNE_COMMITTEE")
                        .param("places", "3"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** A ranking job of the round as a node running it leaves it: running, a thousand of 3,321 units scored. */
    private long runningJob(long round, String owner) {
        var keys = new GeneratedKeyHolder();
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                insert into long_work (kind, title_key, title_args, owner_account_id, locale, params, state, done_count,
                    total_count, attempts, started_at, created_at, updated_at)
                values ('commendation-ranking', 'commendation.rank.job', '["2015"]', :owner, 'vi', :params, 'RUNNING',
                    1000, 3321, 1, :now, :now, :now)""")
                .param("owner", OrganisationFixture.of(context).accountId(owner))
                .param("params", "{\"round\":\"" + round + "\"}").param("now", now).update(keys, "id");
        long job = keys.getKey().longValue();
        jdbc.sql("update commendation_round set ranking_job = :j where id = :r").param("j", job).param("r", round)
                .update();
        return job;
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(SignedIn.as(context, user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long unitOf(String username) {
        return jdbc.sql("select unit_id from account where username = :u").param("u", username).query(Long.class)
                .single();
    }

    private long jobsOf(long round) {
        return jdbc.sql("select count(*) from long_work where kind = 'commendation-ranking' and params = :p")
                .param("p", "{\"round\":\"" + round + "\"}").query(Long.class).single();
    }

    private Long rankingJob(long round) {
        return jdbc.sql("select ranking_job from commendation_round where id = :r").param("r", round)
                .query((rs, n) -> rs.getObject(1, Long.class)).optional().orElse(null);
    }

    private String state(long round) {
        return jdbc.sql("select state from commendation_round where id = :r").param("r", round).query(String.class)
                .single();
    }

    private long scores(long round) {
        return jdbc.sql("select count(*) from commendation_score_part where round_id = :r").param("r", round)
                .query(Long.class).single();
    }

    private long updates(long round) {
        return jdbc.sql("""
                select count(*) from audit_entry where entity_type = 'CommendationRound' and entity_id = :r
                   and action = 'UPDATE'""").param("r", String.valueOf(round)).query(Long.class).single();
    }
}
