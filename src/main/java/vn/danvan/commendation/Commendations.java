package vn.danvan.commendation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.jobs.LongWorkProgress;
import vn.danvan.jobs.LongWorkRefusedException;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.PersonView;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.UnitKind;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.indicator.IndicatorDefinition;
import vn.danvan.shared.indicator.IndicatorReader;
import vn.danvan.shared.text.TypedText;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.shared.web.Problem;

/**
 * The steps of a commendation round: Home Affairs opens it, sets the weights, ranks (a frozen
 * snapshot worked out by a background job, recomputed on request until submission), shortlists collectives, adds individuals and
 * submits; a leader approves or strikes each entry (DECIDED) or returns the round. Every step checks
 * the version the user saw and is audited.
 */
@Service
class Commendations {

    static final String ENTITY = "CommendationRound";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Commendations.class);
    static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(100);
    /** The units the indicator providers are asked for at once while ranking (as the dashboard's snapshot). */
    static final int CHUNK = 1000;

    private final Rounds rounds;
    private final IndicatorReader indicators;
    private final CommendationDocuments documents;
    private final OrganisationService organisation;
    private final OrganisationScope scope;
    private final AuditService audit;
    private final Clock clock;

    Commendations(Rounds rounds, IndicatorReader indicators, CommendationDocuments documents,
            OrganisationService organisation, OrganisationScope scope, AuditService audit, Clock clock) {
        this.rounds = rounds;
        this.indicators = indicators;
        this.documents = documents;
        this.organisation = organisation;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** One row of the weights screen: the indicator as its module offers it and the round's weight. */
    record WeightRow(IndicatorDefinition definition, Weight weight) {
    }

    List<Round> rounds() {
        return rounds.all();
    }

    Round round(long id) {
        return rounds.find(id).orElseThrow(() -> new NotFoundException("commendation round", id));
    }

    List<UnitScore> scores(long id) {
        return rounds.scores(id);
    }

    /** The ranking without the parts of each score. */
    List<UnitScore> ranking(long id) {
        return rounds.ranking(id);
    }

    /** The given units' scores with their parts. */
    List<UnitScore> scores(long id, java.util.Collection<Long> unitIds) {
        return rounds.scores(id, unitIds);
    }

    List<Entry> entries(long id) {
        return rounds.entries(id);
    }

    /** Opens a round from a valid form (its rules are the form's). */
    @Transactional
    long open(OpenForm o) {
        CurrentUser user = requireRole(Role.HOME_AFFAIRS);
        long id = insertWithDefaultWeights(o.year(), Rounds.lines(o.collectiveTitles()),
                Rounds.lines(o.individualTitles()), o.unitKinds(), o.places(), user.username());
        audit.created(ENTITY, id, null, Map.of("year", o.year(), "places", o.places(), "kinds", o.unitKinds().toString()));
        return id;
    }

    /** A new round in preparation, every indicator known today weighted by {@link DefaultWeights}. */
    long insertWithDefaultWeights(int year, List<String> collective, List<String> individual, Set<UnitKind> kinds,
            int places, String openedBy) {
        long id = rounds.insert(year, collective, individual, kinds, places, openedBy, now());
        List<Weight> weights = indicators.definitions().values().stream()
                .map(d -> new Weight(d.code(), DefaultWeights.of(d.code()), Normalisation.of(d.kind()), null)).toList();
        rounds.replaceWeights(id, weights);
        return id;
    }

    /** Every indicator known today with the round's weight; an indicator new since the round opened weighs 0. */
    List<WeightRow> weightRows(long id) {
        Map<String, Weight> stored = rounds.weights(id);
        List<WeightRow> rows = new ArrayList<>();
        for (IndicatorDefinition d : indicators.definitions().values()) {
            Weight w = stored.get(d.code());
            rows.add(new WeightRow(d, w != null ? w
                    : new Weight(d.code(), BigDecimal.ZERO, Normalisation.of(d.kind()), null)));
        }
        return rows;
    }

    /**
     * Home Affairs changes the weights before the ranking is submitted; a frozen ranking stays until
     * recomputed. Every indicator known today takes its row of the form (a normalisation not sent keeps
     * the round's); the problems, each on its field, when refused with nothing changed.
     */
    @Transactional
    void saveWeights(long id, WeightsForm form) {
        requireRole(Role.HOME_AFFAIRS);
        Round round = current(id, form.version());
        round.requirePreparation();
        List<Weight> weights = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (WeightRow row : weightRows(id)) {
            String code = row.definition().code();
            BigDecimal weight = form.weight().get(code);
            Normalisation n = form.norm().get(code) == null ? row.weight().normalisation() : form.norm().get(code);
            BigDecimal cap = form.cap().get(code);
            if (weight == null || weight.abs().compareTo(MAX_WEIGHT) > 0) {
                problems.add(Problem.on("weight[" + code + "]", "commendation.error.weight"));
            }
            if (n == Normalisation.COUNT_CAP && (cap == null || cap.signum() <= 0)) {
                problems.add(Problem.on("cap[" + code + "]", "commendation.error.cap"));
            }
            weights.add(new Weight(code, weight, n, cap));
        }
        InvalidRequestException.throwIfAny(problems);
        rounds.replaceWeights(id, weights);
        rounds.touch(round, now());
        Map<String, Object> after = new LinkedHashMap<>();
        weights.forEach(w -> after.put(w.code(), w.weight() + " " + w.normalisation()));
        audit.updated(ENTITY, id, null, Map.of(), after);
    }

    /** The days a round's figures cover: the whole year, or up to today while the year runs. */
    static LocalDate[] span(int year, LocalDate today) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        if (today.getYear() == year) {
            to = today;
        }
        return new LocalDate[] {from, to};
    }

    /**
     * The ranking job's work: scores every candidate unit from the indicators, asking the providers for
     * {@link #CHUNK} units at a time and counting the units scored, then freezes the result (scores and the
     * round's new state, version and audit record) in the job's one transaction: a job that fails, or finds
     * the round changed by someone else at the end ({@code jobs.error.changed}), leaves the round as it was.
     * A job run again after a node died starts over. Refused ({@link LongWorkRefusedException}) when the round
     * is no longer in preparation, or is no longer this job's (it never is two jobs' at once); the number of
     * units scored.
     */
    @Transactional
    int rank(long id, long jobId, LongWorkProgress progress) {
        requireRole(Role.HOME_AFFAIRS);
        Round round = round(id);
        if (!Long.valueOf(jobId).equals(rounds.rankingJob(id))) {
            throw new LongWorkRefusedException("commendation.rank.error.superseded");
        }
        if (!round.state().inPreparation()) {
            throw new LongWorkRefusedException("commendation.rank.error.state");
        }
        RoundState was = round.state();
        LocalDate[] span = span(round.year(), today());
        List<Weight> weights = weightRows(id).stream().map(WeightRow::weight).toList();
        List<UnitView> units = candidates(round);
        long started = System.nanoTime();
        progress.total(units.size());
        List<Scoring.Candidate> candidates = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i += CHUNK) {
            List<UnitView> chunk = units.subList(i, Math.min(units.size(), i + CHUNK));
            var figures = indicators.values(chunk.stream().map(UnitView::id).toList(), span[0], span[1]);
            for (UnitView unit : chunk) {
                candidates.add(new Scoring.Candidate(unit.id(), unit.name(), figures.get(unit.id())));
            }
            progress.done(candidates.size());
        }
        List<UnitScore> scores = Scoring.rank(candidates, weights);
        long scored = System.nanoTime();
        round.rank(span[1], now());
        rounds.replaceScores(id, scores);
        rounds.save(round, round.rankedAt());
        audit.updated(ENTITY, id, null, Map.of("state", was.name()),
                Map.of("state", round.state().name(), "units", scores.size(), "to", span[1].toString()));
        log.info("Commendation round {}: {} units scored in {} ms, the ranking written in {} ms", id, scores.size(),
                (scored - started) / 1_000_000, (System.nanoTime() - scored) / 1_000_000);
        return scores.size();
    }

    private List<UnitView> candidates(Round round) {
        return organisation.activeUnits().stream().filter(u -> round.unitKinds().contains(u.kind())).toList();
    }

    /** A unit of the ranking put on the list with one of the round's titles; the problems thrown when refused. */
    @Transactional
    void shortlist(long id, CollectiveForm form) {
        requireRole(Role.HOME_AFFAIRS);
        Round round = current(id, form.version());
        round.requireShortlisting();
        Long unitId = form.unitId();
        UnitScore score = unitId == null ? null
                : rounds.scores(id, List.of(unitId)).stream().findFirst().orElse(null);
        List<Problem> problems = new ArrayList<>();
        if (score == null) {
            problems.add(Problem.on("unitId", "commendation.error.unit"));
        } else if (rounds.entries(id).stream()
                .anyMatch(e -> e.kind() == Entry.Kind.COLLECTIVE && e.unitId() == unitId)) {
            problems.add(Problem.on("unitId", "commendation.error.duplicate"));
        }
        checkTitle(round.collectiveTitles(), form.title(), problems);
        InvalidRequestException.throwIfAny(problems);
        long entryId = rounds.insertEntry(id, Entry.Kind.COLLECTIVE, unitId, null, null, form.title(), null,
                TypedText.of(form.note()), score.total(), score.rank(), now());
        rounds.touch(round, now());
        audit.updated(ENTITY, id, unitId, Map.of(), Map.of("collective", entryId, "title", form.title()));
    }

    /** A person of an active unit put on the list with one of the round's titles; the problems thrown when refused. */
    @Transactional
    void addIndividual(long id, IndividualForm form) {
        requireRole(Role.HOME_AFFAIRS);
        Round round = current(id, form.version());
        round.requireShortlisting();
        Long personId = form.personId();
        PersonView person = personId == null ? null : person(personId).orElse(null);
        List<Problem> problems = new ArrayList<>();
        if (person == null) {
            problems.add(Problem.on("personId", "commendation.error.person"));
        } else if (rounds.entries(id).stream().anyMatch(e -> personId.equals(e.personId()))) {
            problems.add(Problem.on("personId", "commendation.error.duplicate"));
        }
        checkTitle(round.individualTitles(), form.title(), problems);
        if (TypedText.isBlank(form.achievements())) {
            problems.add(Problem.on("achievements", "commendation.error.achievements"));
        }
        InvalidRequestException.throwIfAny(problems);
        String title = form.title();
        long entryId = rounds.insertEntry(id, Entry.Kind.INDIVIDUAL, person.unitId(), person.id(), person.fullName(),
                title, TypedText.of(form.achievements()), null, null, null, now());
        rounds.touch(round, now());
        audit.updated(ENTITY, id, person.unitId(), Map.of(), Map.of("individual", entryId, "title", title));
    }

    @Transactional
    void removeEntry(long id, long version, long entryId) {
        requireRole(Role.HOME_AFFAIRS);
        Round round = current(id, version);
        round.requireShortlisting();
        rounds.deleteEntry(id, entryId);
        rounds.touch(round, now());
        audit.updated(ENTITY, id, null, Map.of("entry", entryId), Map.of());
    }

    /** Home Affairs submits the proposal: the Tờ trình takes its number (kept if the round comes back). */
    @Transactional
    void submit(long id, long version) {
        CurrentUser user = requireRole(Role.HOME_AFFAIRS);
        Round round = current(id, version);
        RoundState was = round.state();
        round.submit(rounds.entries(id).size(), now());
        rounds.resetDecisions(id);
        String number = documents.issueProposal(round, user, today());
        rounds.save(round, round.submittedAt());
        audit.updated(ENTITY, id, null, Map.of("state", was.name()),
                Map.of("state", round.state().name(), "number", number));
    }

    @Transactional
    void returnRound(long id, ReturnForm form) {
        requireRole(Role.LEADER);
        Round round = current(id, form.version());
        RoundState was = round.state();
        round.returnForChanges(TypedText.of(form.reason()));
        rounds.save(round, now());
        audit.updated(ENTITY, id, null, Map.of("state", was.name()),
                Map.of("state", round.state().name(), "reason", round.returnReason()));
    }

    /**
     * The leader approves or strikes (with a reason) every entry; the decision takes its number. The
     * problems of every entry, each on its field, are thrown when refused, with nothing changed.
     */
    @Transactional
    void decide(long id, DecisionForm form) {
        CurrentUser user = requireRole(Role.LEADER);
        long version = form.version();
        Round round = current(id, version);
        RoundState was = round.state();
        round.decide(user.displayName(), now());
        Map<Long, Entry.Decision> decisions = form.decision();
        Map<Long, String> reasons = form.reason();
        List<Entry> entries = rounds.entries(id);
        List<Problem> problems = new ArrayList<>();
        for (Entry e : entries) {
            Entry.Decision d = decisions.get(e.id());
            if (d == null || d == Entry.Decision.PROPOSED) {
                problems.add(Problem.on("decision[" + e.id() + "]", "commendation.error.decision"));
            } else if (d == Entry.Decision.STRUCK && TypedText.isBlank(reasons.get(e.id()))) {
                problems.add(Problem.on("reason[" + e.id() + "]", "commendation.error.strikeReason"));
            }
        }
        InvalidRequestException.throwIfAny(problems);
        for (Entry e : entries) {
            Entry.Decision d = decisions.get(e.id());
            rounds.decideEntry(e.id(), d, d == Entry.Decision.STRUCK ? TypedText.of(reasons.get(e.id())) : null);
        }
        rounds.save(round, round.decidedAt());
        String number = documents.issueDecision(current(id, version + 1), today());
        audit.updated(ENTITY, id, null, Map.of("state", was.name()),
                Map.of("state", round.state().name(), "number", number));
    }

    /** The people of every active unit, by name, for the individual's choice. */
    /** The people of the given units who may be proposed, by name (one query, not one per unit). */
    List<PersonView> people(java.util.Collection<Long> unitIds) {
        List<PersonView> people = new ArrayList<>(organisation.peopleOf(unitIds));
        people.sort(java.util.Comparator.comparing(PersonView::fullName));
        return people;
    }

    /** A person who may be proposed: not retired, of a unit that is not retired. */
    private Optional<PersonView> person(long personId) {
        return organisation.person(personId).filter(p -> p.retiredOn() == null)
                .filter(p -> organisation.unit(p.unitId()).filter(u -> !u.retired()).isPresent());
    }

    private static void checkTitle(List<String> titles, String title, List<Problem> problems) {
        if (title == null || !titles.contains(title)) {
            problems.add(Problem.on("title", "commendation.error.title"));
        }
    }

    /** The round, if it is still at the version the user saw; a stale version is refused (409). */
    Round current(long id, long version) {
        Round round = round(id);
        if (round.version() != version) {
            throw new OptimisticLockingFailureException("commendation_round " + id);
        }
        return round;
    }

    /** The signed-in account, if it holds the role (administrators may stand in for any); 403 otherwise. */
    CurrentUser requireRole(Role role) {
        CurrentUser user = scope.requireUser();
        if (!user.has(role) && !user.has(Role.ADMIN)) {
            throw new AccessDeniedException(role + " only");
        }
        return user;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DanVanTime.ZONE));
    }
}
