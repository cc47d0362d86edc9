package vn.danvan.friendly;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.danvan.organisation.DemoPart;
import vn.danvan.organisation.OrganisationService;

/**
 * With {@code danvan.demo} on and no assessment yet: the current year's criteria, survey answers for the
 * three demo communes (An Bình, Phước Vĩnh and An Linh in 2018; Phú Giáo, Phước Hòa and An Long in 2025),
 * the first commune's self-assessment submitted and the third's reviewed.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FriendlyDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FriendlyDemo.class);
    private static final String[] EVIDENCE = {
        "Niêm yết quy tắc ứng xử tại bộ phận một cửa; không có phản ánh về thái độ cán bộ trong năm.",
        "Công khai đầy đủ thủ tục hành chính, phí, lệ phí tại trụ sở và trên cổng thông tin.",
        "Tỷ lệ hồ sơ giải quyết đúng hạn theo sổ theo dõi một cửa.",
        "Bố trí nơi tiếp dân có ghế ngồi, nước uống, sơ đồ hướng dẫn."};

    private final boolean demo;
    private final JdbcClient jdbc;
    private final FriendlyCriteria criteria;
    private final FriendlySurvey survey;
    private final OrganisationService organisation;
    private final TransactionTemplate transactions;
    private final Clock clock;

    FriendlyDemo(@Value("${danvan.demo:false}") boolean demo, JdbcClient jdbc, FriendlyCriteria criteria,
            FriendlySurvey survey, OrganisationService organisation, TransactionTemplate transactions, Clock clock) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.criteria = criteria;
        this.survey = survey;
        this.organisation = organisation;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo || jdbc.sql("select count(*) from friendly_assessment").query(Long.class).single() > 0) {
            return;
        }
        var first = organisation.demoUnit(DemoPart.FIRST_COMMUNE);
        var third = organisation.demoUnit(DemoPart.THIRD_COMMUNE);
        var second = organisation.demoUnit(DemoPart.SECOND_COMMUNE);
        if (first.isEmpty() || third.isEmpty() || second.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(s -> {
            int year = LocalDate.now(clock).getYear();
            criteria.ensureYear(year);
            List<Criterion> set = criteria.criteria(year);
            Random random = new Random(2018);
            answers(first.get().id(), 12, 4, random);
            answers(third.get().id(), 9, 3, random);
            answers(second.get().id(), 6, 3, random);
            assessment(first.get().id(), year, set, "SUBMITTED", new double[] {22, 18, 17, 12});
            assessment(third.get().id(), year, set, "REVIEWED", new double[] {23, 19, 18, 13});
        });
        log.info("Loaded the demo friendly-office criteria, survey answers and self-assessments");
    }

    private void answers(long unitId, int count, int low, Random random) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (int i = 0; i < count; i++) {
            List<Integer> r = List.of(low + random.nextInt(6 - low), low + random.nextInt(6 - low),
                    low + random.nextInt(6 - low), low - 1 + random.nextInt(7 - low), low + random.nextInt(6 - low));
            survey.insert(unitId, now.minusHours(3L * i + 1), r, i % 4 == 0 ? "Cán bộ hướng dẫn tận tình." : null, true);
        }
    }

    private void assessment(long unitId, int year, List<Criterion> set, String status, double[] points) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into friendly_assessment (unit_id, assessment_year, status, submitted_at, submitted_by, reviewed_at,
                    reviewed_by, demo, created_at, updated_at)
                values (:unit, :year, :status, :now, 'demo', :reviewed, :by, true, :now, :now)""")
                .param("unit", unitId).param("year", year).param("status", status).param("now", now)
                .param("reviewed", "REVIEWED".equals(status) ? now : null)
                .param("by", "REVIEWED".equals(status) ? "noivu" : null).update(keys, "id");
        long id = keys.getKey().longValue();
        SurveyResult result = survey.result(unitId, year);
        int i = 0;
        for (Criterion c : set) {
            BigDecimal p = c.fromSurvey() ? ScoreRules.surveyPoints(c.maxPoints(), result.averageSatisfaction())
                    : BigDecimal.valueOf(Math.min(points[Math.min(i, points.length - 1)], c.maxPoints()));
            String evidence = c.fromSurvey() ? null : EVIDENCE[i % EVIDENCE.length];
            jdbc.sql("""
                    insert into friendly_score (assessment_id, criterion_id, points, evidence) values (:a, :c, :p, :e)""")
                    .param("a", id).param("c", c.id()).param("p", p).param("e", evidence).update();
            if (!c.fromSurvey()) {
                i++;
            }
        }
    }
}
