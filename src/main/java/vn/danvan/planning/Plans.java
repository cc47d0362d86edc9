package vn.danvan.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.documents.DocumentRegister;
import vn.danvan.documents.DocumentType;
import vn.danvan.documents.IssueRequest;
import vn.danvan.documents.IssuedNumber;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.shared.DanVanTime;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.StaffMember;
import vn.danvan.organisation.UnitView;
import vn.danvan.petition.PetitionLookup;
import vn.danvan.shared.text.TypedText;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;

/**
 * The work on annual plans, in the unit's scope: officers of the unit write a draft or returned
 * plan and record progress and evidence; the unit's head approves (the plan takes its number from
 * the outgoing-document register in the same transaction), returns it with a reason, or reopens an
 * approved plan with a reason. Every change is audited; every change of state joins the history.
 */
@Service
@Transactional
class Plans {

    static final String PLAN = "AnnualPlan";
    static final String ITEM = "PlanItem";
    static final String EVIDENCE = "PlanItemEvidence";

    private final PlanRepository plans;
    private final GuidingDocuments guides;
    private final OrganisationScope scope;
    private final OrganisationService organisation;
    private final PetitionLookup petitions;
    private final DocumentRegister register;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Plans(PlanRepository plans, GuidingDocuments guides, OrganisationScope scope, OrganisationService organisation,
            PetitionLookup petitions, DocumentRegister register, AuditService audit, ApplicationEventPublisher events,
            Clock clock) {
        this.events = events;
        this.plans = plans;
        this.guides = guides;
        this.scope = scope;
        this.organisation = organisation;
        this.petitions = petitions;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ reading

    /** The plan with its items and history, if its unit is in the current user's scope (else 403). */
    @Transactional(readOnly = true)
    PlanView view(long planId) {
        return viewOf(visible(planId));
    }

    /** A plan sent to units for dissemination, for its receivers (the caller checks the distribution's scope). */
    @Transactional(readOnly = true)
    PlanView distributed(long planId) {
        return viewOf(plans.find(planId).orElseThrow(() -> new NotFoundException(PLAN, planId)));
    }

    private PlanView viewOf(AnnualPlan plan) {
        long planId = plan.id();
        UnitView unit = organisation.unit(plan.unitId()).orElseThrow(() -> new NotFoundException("unit", plan.unitId()));
        return new PlanView(plan.id(), plan.unitId(), unit.code(), unit.name(), plan.year(), plan.status(),
                plan.returnedReason(), plan.approvedAt(), plan.approverName(),
                plans.documentNumber(planId).orElse(null), plan.version(), plans.items(planId), plans.steps(planId));
    }

    @Transactional(readOnly = true)
    PlanItem item(long planId, long itemId) {
        visible(planId);
        return plans.item(itemId).filter(i -> i.planId() == planId)
                .orElseThrow(() -> new NotFoundException(ITEM, itemId));
    }

    /** Whether the current user may write the unit's plan: an officer or the head, in scope. */
    boolean canEdit(long unitId) {
        CurrentUser user = scope.requireUser();
        return (user.has(Role.OFFICER) || user.has(Role.UNIT_HEAD)) && scope.canSee(unitId);
    }

    /** Which units' plans the current user may write, worked out once for a list. */
    java.util.function.LongPredicate writableUnits() {
        CurrentUser user = scope.requireUser();
        if (!user.has(Role.OFFICER) && !user.has(Role.UNIT_HEAD)) {
            return unitId -> false;
        }
        return scope.visibleUnits()::includes;
    }

    /** The plan, if the current user may write it (an officer or the head of a unit in scope); 403 otherwise. */
    @Transactional(readOnly = true)
    PlanView requireWritable(long planId) {
        PlanView plan = view(planId);
        if (!canEdit(plan.unitId())) {
            throw new AccessDeniedException("not a writer of plan " + planId);
        }
        return plan;
    }

    /** The plan, if the current user is the head of its unit; 403 otherwise. */
    @Transactional(readOnly = true)
    PlanView requireHead(long planId) {
        PlanView plan = view(planId);
        if (!isHead(plan.unitId())) {
            throw new AccessDeniedException("not the head of plan " + planId + "'s unit");
        }
        return plan;
    }

    /** Whether the current user is the head of the unit. */
    boolean isHead(long unitId) {
        CurrentUser user = scope.requireUser();
        return user.has(Role.UNIT_HEAD) && user.unitId() == unitId;
    }

    // ------------------------------------------------------------------ the plan

    /** The unit's plan of the year, created as a draft when there is none yet. */
    long open(long unitId, int year) {
        UnitView unit = organisation.unit(unitId).filter(u -> !u.retired())
                .orElseThrow(() -> InvalidRequestException.onField("unitId", "planning.error.unit"));
        if (!canEdit(unitId)) {
            throw new AccessDeniedException("unit " + unitId + " outside the plan writer's scope");
        }
        if (!PlanningUnits.addressed(unit)) {
            throw new InvalidRequestException("planning.error.unitNotAddressed", unit.name());
        }
        if (year < PlanningUnits.FIRST_YEAR || year > LocalDate.now(clock).getYear() + 1) {
            throw InvalidRequestException.onField("year", "planning.error.year");
        }
        var existing = plans.find(unitId, year);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        AnnualPlan plan = AnnualPlan.draft(unitId, year);
        long id;
        try {
            id = plans.insert(plan, actor());
        } catch (DuplicateKeyException e) {
            // another officer opened it at the same moment
            return plans.find(unitId, year).orElseThrow(() -> e).id();
        }
        audit.created(PLAN, id, unitId, Map.of("year", year, "status", PlanStatus.DRAFT));
        return id;
    }

    /** Officers send the plan for approval; its unit's head hears of it once committed ({@link PlanApprovalNotices}). */
    void submit(long planId, long version) {
        AnnualPlan plan = act(planId, version, false, p -> p.submit(plans.itemCount(planId)));
        events.publishEvent(new PlanSubmitted(planId, plan.unitId(), plan.year(), version,
                LocalDate.now(clock.withZone(DanVanTime.ZONE))));
    }

    void returnForChanges(long planId, long version, String reason) {
        act(planId, version, true, plan -> plan.returnForChanges(reason));
    }

    void reopen(long planId, long version, String reason) {
        act(planId, version, true, plan -> plan.reopen(reason));
    }

    /** The head approves; the first approval takes the plan's number ("01/KH-UBND") in the same transaction. */
    void approve(long planId, long version) {
        CurrentUser user = scope.requireUser();
        AnnualPlan plan = act(planId, version, true,
                p -> p.approve(user.username(), user.displayName(), OffsetDateTime.now(clock)));
        if (plans.documentNumber(planId).isEmpty()) {
            IssuedNumber number = register.issue(IssueRequest.of(plan.unitId(), DocumentType.KE_HOACH,
                    LocalDate.now(clock), PlanDocument.summary(plan.year())).about(PLAN, planId));
            plans.recordNumber(planId, number.entryId(), number.text());
            audit.updated(PLAN, planId, plan.unitId(), Map.of(), Map.of("documentNumber", number.text()));
        }
    }

    private AnnualPlan act(long planId, long version, boolean headOnly, Consumer<AnnualPlan> action) {
        AnnualPlan plan = visible(planId);
        if (headOnly ? !isHead(plan.unitId()) : !canEdit(plan.unitId())) {
            throw new AccessDeniedException("not allowed on plan " + planId);
        }
        if (plan.version() != version) {
            throw new org.springframework.dao.OptimisticLockingFailureException("annual plan " + planId);
        }
        PlanStatus was = plan.status();
        action.accept(plan);
        plans.save(plan, actor());
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("status", was);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", plan.status());
        plan.recordedSteps().stream().map(AnnualPlan.Step::note).filter(n -> n != null)
                .forEach(n -> after.put("reason", n));
        audit.updated(PLAN, planId, plan.unitId(), before, after);
        return plan;
    }

    // ------------------------------------------------------------------ items

    long addItem(long planId, ItemRules.ItemData data) {
        AnnualPlan plan = editable(planId);
        String owner = owner(plan.unitId(), data.ownerAccountId());
        checkGuides(data.guideIds(), List.of());
        plans.touch(planId, plan.version());
        long id = plans.insertItem(planId, plan.unitId(), data, owner);
        audit.created(ITEM, id, plan.unitId(), itemFields(data, owner));
        return id;
    }

    void updateItem(long planId, long itemId, long version, ItemRules.ItemData data) {
        AnnualPlan plan = editable(planId);
        PlanItem before = item(planId, itemId);
        String owner = owner(plan.unitId(), data.ownerAccountId());
        checkGuides(data.guideIds(), before.guides().stream().map(PlanItem.GuideReference::id).toList());
        plans.touch(planId, plan.version());
        plans.updateItem(itemId, version, data, owner);
        audit.updated(ITEM, itemId, plan.unitId(), itemFields(before), itemFields(data, owner));
    }

    void removeItem(long planId, long itemId, long version) {
        AnnualPlan plan = editable(planId);
        PlanItem before = item(planId, itemId);
        plans.touch(planId, plan.version());
        plans.deleteItem(itemId, version);
        audit.retired(ITEM, itemId, plan.unitId(), itemFields(before), Map.of());
    }

    /** Progress may be recorded in any state; it is the one thing that changes after approval, with evidence. */
    void recordProgress(long planId, long itemId, long version, int progress, String note) {
        AnnualPlan plan = writable(planId);
        if (progress < 0 || progress > 100) {
            throw InvalidRequestException.onField("progress", "planning.error.progress");
        }
        PlanItem before = item(planId, itemId);
        LocalDate completedOn = progress < 100 ? null
                : before.completedOn() != null ? before.completedOn() : LocalDate.now(clock);
        String cleanNote = TypedText.of(note);
        plans.updateProgress(itemId, version, progress, cleanNote, completedOn);
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("progress", before.progress());
        was.put("progressNote", before.progressNote());
        Map<String, Object> is = new LinkedHashMap<>();
        is.put("progress", progress);
        is.put("progressNote", cleanNote);
        audit.updated(ITEM, itemId, plan.unitId(), was, is);
    }

    /** Adds evidence: a petition of the unit (or a unit under it) by its code, or an internal link with a label. */
    long addEvidence(long planId, long itemId, EvidenceForm form) {
        AnnualPlan plan = writable(planId);
        item(planId, itemId);
        long id;
        Map<String, Object> fields = new LinkedHashMap<>();
        String code = TypedText.of(form.petitionCode());
        String typedLabel = TypedText.of(form.label());
        if (code != null) {
            var petition = petitions.findForUnit(plan.unitId(), code)
                    .orElseThrow(() -> InvalidRequestException.onField("petitionCode", "planning.error.petitionUnknown",
                            code));
            String label = typedLabel == null ? petition.title() : typedLabel;
            id = plans.insertEvidence(itemId, PlanItem.EvidenceKind.PETITION, petition.code(), petition.link(), label,
                    actor());
            fields.put("petition", petition.code());
            fields.put("label", label);
        } else {
            String url = TypedText.of(form.url());
            if (url == null) {
                throw InvalidRequestException.onField("petitionCode", "planning.error.evidenceRequired");
            }
            if (!url.startsWith("/") || url.startsWith("//") || url.matches(".*[\\s\\\\].*")) {
                throw InvalidRequestException.onField("url", "planning.error.url");
            }
            if (typedLabel == null) {
                throw InvalidRequestException.onField("label", "planning.error.labelRequired");
            }
            id = plans.insertEvidence(itemId, PlanItem.EvidenceKind.LINK, null, url, typedLabel, actor());
            fields.put("url", url);
            fields.put("label", typedLabel);
        }
        audit.created(EVIDENCE, id, plan.unitId(), fields);
        return id;
    }

    void removeEvidence(long planId, long itemId, long evidenceId) {
        AnnualPlan plan = writable(planId);
        PlanItem item = item(planId, itemId);
        var evidence = item.evidence().stream().filter(e -> e.id() == evidenceId).findFirst()
                .orElseThrow(() -> new NotFoundException(EVIDENCE, evidenceId));
        plans.deleteEvidence(itemId, evidenceId);
        audit.retired(EVIDENCE, evidenceId, plan.unitId(), Map.of("url", evidence.url(), "label", evidence.label()),
                Map.of());
    }

    // ------------------------------------------------------------------ checks

    private AnnualPlan visible(long planId) {
        AnnualPlan plan = plans.find(planId).orElseThrow(() -> new NotFoundException(PLAN, planId));
        scope.checkUnit(plan.unitId());
        return plan;
    }

    private AnnualPlan writable(long planId) {
        AnnualPlan plan = visible(planId);
        if (!canEdit(plan.unitId())) {
            throw new AccessDeniedException("not a writer of plan " + planId);
        }
        return plan;
    }

    private AnnualPlan editable(long planId) {
        AnnualPlan plan = writable(planId);
        plan.requireItemsEditable();
        return plan;
    }

    private String owner(long unitId, long accountId) {
        return organisation.staffOf(unitId).stream().filter(m -> m.accountId() == accountId).findFirst()
                .map(StaffMember::fullName)
                .orElseThrow(() -> InvalidRequestException.onField("ownerAccountId", "planning.error.owner"));
    }

    /** Cited documents must be in the register and in force, unless the item already cited them. */
    private void checkGuides(List<Long> ids, List<Long> alreadyCited) {
        for (Long id : ids) {
            boolean ok = alreadyCited.contains(id) || guides.find(id).map(GuidingDocument::active).orElse(false);
            if (!ok) {
                throw InvalidRequestException.onField("guideIds", "planning.error.guide");
            }
        }
    }

    private String actor() {
        return scope.requireUser().username();
    }

    private static Map<String, Object> itemFields(ItemRules.ItemData d, String owner) {
        return itemFields(d.task(), d.professionalWork(), d.content(), owner, d.dueDate(), d.targetText(),
                d.targetNumber(), d.targetUnit(), d.guideIds());
    }

    private static Map<String, Object> itemFields(PlanItem i) {
        return itemFields(i.task(), i.professionalWork(), i.content(), i.ownerName(), i.dueDate(), i.targetText(),
                i.targetNumber(), i.targetUnit(), i.guides().stream().map(PlanItem.GuideReference::id).toList());
    }

    private static Map<String, Object> itemFields(DirectiveTask task, String work, String content, String owner,
            LocalDate due, String targetText, java.math.BigDecimal targetNumber, String targetUnit, List<Long> guides) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("task", task);
        m.put("professionalWork", work);
        m.put("content", content);
        m.put("owner", owner);
        m.put("dueDate", due);
        m.put("target", targetText + (targetNumber == null ? "" : " " + targetNumber.toPlainString())
                + (targetUnit == null ? "" : " " + targetUnit));
        m.put("guides", guides);
        return m;
    }
}
