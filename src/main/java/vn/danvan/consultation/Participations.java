package vn.danvan.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.consultation.ConsultationViews.Option;
import vn.danvan.shared.text.TypedText;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.shared.web.InvalidRequestException;

/**
 * Taking part, one household once: a code used on the portal or on a paper ballot, or a meeting's
 * count for an area. A code is used by one conditional update ({@code used_at is null}), so of two
 * simultaneous uses exactly one succeeds. The choice only ever increments a counter per area and
 * option; a comment is stored with a random key and its day. Every refusal leaves nothing saved.
 */
@Service
@Transactional
class Participations {

    private final JdbcClient jdbc;
    private final Consultations consultations;
    private final OrganisationScope scope;
    private final AuditService audit;
    private final Clock clock;

    Participations(JdbcClient jdbc, Consultations consultations, OrganisationScope scope, AuditService audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.consultations = consultations;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A household's vote (DECIDE: an option, optionally a comment) or comment (COMMENT: the text) with
     * its code. Throws {@link InvalidRequestException} naming the field at fault when refused.
     */
    public void take(long consultationId, String typedCode, Long optionId, String comment, Channel channel) {
        Consultation c = consultations.publicGet(consultationId);
        if (channel == Channel.PAPER) {
            consultations.requireRecorder(c.unitId());
        }
        requireOpen(c);
        String code = HouseholdCodes.normalise(typedCode);
        if (code.isEmpty()) {
            throw InvalidRequestException.onField("code", "consultation.error.codeRequired");
        }
        String text = TypedText.of(comment);
        if (text != null && text.length() > 4000) {
            throw InvalidRequestException.onField("comment", "consultation.error.commentTooLong");
        }
        if (c.decide()) {
            List<Option> options = consultations.options(c.id());
            if (optionId == null || options.stream().noneMatch(o -> o.id() == optionId)) {
                throw InvalidRequestException.onField("optionId", "consultation.error.optionRequired");
            }
        } else if (text == null) {
            throw InvalidRequestException.onField("comment", "consultation.error.commentRequired");
        }
        long areaId = use(c, code, channel);
        if (jdbc.sql("""
                update consultation_scope set participated = participated + 1
                 where consultation_id = :id and area_id = :area and participated < households""")
                .param("id", c.id()).param("area", areaId).update() != 1) {
            throw InvalidRequestException.onField("code", "consultation.error.areaFull");
        }
        if (c.decide()) {
            jdbc.sql("""
                    update consultation_tally set votes = votes + 1
                     where consultation_id = :id and area_id = :area and option_id = :option""")
                    .param("id", c.id()).param("area", areaId).param("option", optionId).update();
        }
        if (channel == Channel.PAPER) {
            // that an officer entered a paper ballot, never its code nor its choice
            audit.created("consultation_paper_ballot", c.id(), c.unitId(), Map.of("channel", channel.name()));
        }
        if (text != null) {
            jdbc.sql("insert into consultation_comment (id, consultation_id, received_on, body) values (:key, :id, :day, :body)")
                    .param("key", UUID.randomUUID().toString()).param("id", c.id())
                    .param("day", LocalDate.now(clock)).param("body", text).update();
        }
    }

    /** Marks the code used, or says why it cannot be: unknown, of another consultation, or used already. */
    private long use(Consultation c, String code, Channel channel) {
        int used;
        try {
            used = jdbc.sql("""
                    update consultation_code set used_at = :now, channel = :channel
                     where code = :code and consultation_id = :id and used_at is null""")
                    .param("now", OffsetDateTime.now(clock)).param("channel", channel.name()).param("code", code)
                    .param("id", c.id()).update();
        } catch (ConcurrencyFailureException e) {
            // the same code being used at this very moment by someone else: that use wins
            throw InvalidRequestException.onField("code", "consultation.error.codeUsed");
        }
        Optional<Long[]> found = jdbc.sql("select consultation_id, area_id from consultation_code where code = :code")
                .param("code", code).query((rs, n) -> new Long[] {rs.getLong(1), rs.getLong(2)}).optional();
        if (found.isEmpty()) {
            throw InvalidRequestException.onField("code", "consultation.error.codeUnknown");
        }
        if (found.get()[0] != c.id()) {
            throw InvalidRequestException.onField("code", "consultation.error.codeOtherConsultation");
        }
        if (used != 1) {
            throw InvalidRequestException.onField("code", "consultation.error.codeUsed");
        }
        return found.get()[1];
    }

    /**
     * A meeting's count for one area: households per option (DECIDE) or households taking part
     * (COMMENT). The households of the area that took part, by codes and meetings together, can
     * never exceed its households. Throws {@link InvalidRequestException} naming the field at fault when
     * refused.
     */
    public void meeting(long consultationId, MeetingForm form) {
        Consultation c = consultations.get(consultationId);
        consultations.requireRecorder(c.unitId());
        requireOpen(c);
        var area = consultations.scope(c).stream().filter(a -> form.areaId() != null && a.areaId() == form.areaId())
                .findFirst()
                .orElseThrow(() -> InvalidRequestException.onField("areaId", "consultation.error.areaRequired"));
        LocalDate day = form.heldOn();
        if (day == null) {
            throw InvalidRequestException.onField("heldOn", "consultation.error.heldOnRequired");
        }
        if (day.isAfter(LocalDate.now(clock)) || day.isBefore(c.opensOn())) {
            throw InvalidRequestException.onField("heldOn", "consultation.error.heldOnOutside");
        }
        List<Option> options = consultations.options(c.id());
        long total = 0;
        Map<Long, Integer> counts = new java.util.LinkedHashMap<>();
        String countField = c.decide() ? "counts" : "households";
        if (c.decide()) {
            for (Option o : options) {
                Integer n = form.counts().get(o.id());
                if (n != null && n < 0) {
                    throw InvalidRequestException.onField("counts[" + o.id() + "]", "consultation.error.countInvalid",
                            o.label());
                }
                counts.put(o.id(), n == null ? 0 : n);
                total += n == null ? 0 : n;
            }
        } else {
            Integer n = form.households();
            if (n == null || n <= 0) {
                throw InvalidRequestException.onField("households", "consultation.error.householdsInvalid");
            }
            total = n;
        }
        if (total <= 0) {
            throw InvalidRequestException.onField(countField, "consultation.error.countZero");
        }
        int remaining = area.households() - area.participated();
        if (total > area.households() || jdbc.sql("""
                update consultation_scope set participated = participated + :n
                 where consultation_id = :id and area_id = :area and participated + :n <= households""")
                .param("n", total).param("id", c.id()).param("area", area.areaId()).update() != 1) {
            throw InvalidRequestException.onField(countField, "consultation.error.meetingExceeds", area.name(), total,
                    area.households(), Math.max(remaining, 0));
        }
        for (var e : counts.entrySet()) {
            jdbc.sql("""
                    update consultation_tally set votes = votes + :n
                     where consultation_id = :id and area_id = :area and option_id = :option""")
                    .param("n", e.getValue()).param("id", c.id()).param("area", area.areaId())
                    .param("option", e.getKey()).update();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into consultation_meeting (consultation_id, area_id, held_on, households, recorded_by, created_at)
                values (:id, :area, :day, :n, :by, :now)""")
                .param("id", c.id()).param("area", area.areaId()).param("day", day).param("n", total)
                .param("by", scope.requireUser().username()).param("now", now).update();
        audit.created("consultation_meeting", c.id(), c.unitId(), Map.of("area", area.name(), "heldOn",
                day.toString(), "households", total));
    }

    private void requireOpen(Consultation c) {
        c.requireAcceptsParticipation(LocalDate.now(clock));
    }
}
