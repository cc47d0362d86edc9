package vn.danvan.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.Problem;

/**
 * The People's Inspection Board's findings on a consultation ("dân kiểm tra"): recorded by the commune's
 * officers from the Board's written report once the matter has been put to residents (not on a draft),
 * dated no later than today and no earlier than the consultation opened. Public without the signer's name.
 */
@Service
@Transactional
class BoardFindings {

    static final String ENTITY = "consultation-finding";
    static final int FINDING_MAX = 4000;
    static final int RECOMMENDATION_MAX = 2000;
    static final int SIGNER_MAX = 200;

    private final JdbcClient jdbc;
    private final Consultations consultations;
    private final OrganisationScope scope;
    private final AuditService audit;
    private final Clock clock;

    BoardFindings(JdbcClient jdbc, Consultations consultations, OrganisationScope scope, AuditService audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.consultations = consultations;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** One finding; {@code signedBy} is only read on the staff screens. */
    record Finding(long id, LocalDate foundOn, String signedBy, String finding, String recommendation) {
    }

    /** A finding as the portal shows it: no signer, no recorder. */
    record PublicFinding(LocalDate foundOn, String finding, String recommendation) {
    }

    /** The rules of a finding its fields cannot say alone: a consultation put to residents, a date within it. */
    List<Problem> check(Consultation c, FindingForm form) {
        if (c.status() == ConsultationStatus.DRAFT) {
            return List.of(Problem.of("consultation.finding.error.draft"));
        }
        List<Problem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(DanVanTime.ZONE));
        LocalDate foundOn = form.foundOn();
        if (foundOn != null && foundOn.isAfter(today)) {
            problems.add(Problem.on("foundOn", "consultation.finding.error.future"));
        } else if (foundOn != null && foundOn.isBefore(c.opensOn())) {
            problems.add(Problem.on("foundOn", "consultation.finding.error.beforeOpening",
                    c.opensOn().format(DanVanTime.DATE)));
        }
        return problems;
    }

    /** Records a finding on consultation {@code id}; the problems, with nothing saved, when refused. */
    List<Problem> record(long id, FindingForm form) {
        Consultation c = consultations.get(id);
        consultations.requireRecorder(c.unitId());
        List<Problem> problems = check(c, form);
        if (!problems.isEmpty()) {
            return problems;
        }
        LocalDate foundOn = form.foundOn();
        String finding = form.finding();
        String recommendation = form.recommendation();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into consultation_finding (consultation_id, found_on, signed_by, finding, recommendation,
                                                  recorded_by, created_at)
                values (:consultation, :foundOn, :signedBy, :finding, :recommendation, :by, :now)""")
                .param("consultation", id).param("foundOn", foundOn).param("signedBy", form.signedBy())
                .param("finding", finding).param("recommendation", recommendation)
                .param("by", scope.requireUser().username()).param("now", OffsetDateTime.now(clock))
                .update(keys, "id");
        long findingId = keys.getKey().longValue();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("consultation", id);
        after.put("foundOn", foundOn.toString());
        after.put("finding", finding);
        if (recommendation != null) {
            after.put("recommendation", recommendation);
        }
        audit.created(ENTITY, findingId, c.unitId(), after);
        return List.of();
    }

    /** The findings of a consultation the current user may see, oldest first. */
    @Transactional(readOnly = true)
    List<Finding> of(Consultation c) {
        return jdbc.sql("""
                select id, found_on, signed_by, finding, recommendation from consultation_finding
                 where consultation_id = :id order by found_on, id""")
                .param("id", c.id())
                .query((rs, n) -> new Finding(rs.getLong("id"), rs.getObject("found_on", LocalDate.class),
                        rs.getString("signed_by"), rs.getString("finding"), rs.getString("recommendation")))
                .list();
    }

    /** The findings of a consultation on the portal (not a draft), without who signed or recorded them. */
    @Transactional(readOnly = true)
    List<PublicFinding> publicOf(Consultation c) {
        if (c.status() == ConsultationStatus.DRAFT) {
            return List.of();
        }
        return jdbc.sql("""
                select found_on, finding, recommendation from consultation_finding
                 where consultation_id = :id order by found_on, id""")
                .param("id", c.id())
                .query((rs, n) -> new PublicFinding(rs.getObject("found_on", LocalDate.class), rs.getString("finding"),
                        rs.getString("recommendation")))
                .list();
    }
}
