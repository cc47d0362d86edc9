package vn.danvan.organisation;

import vn.danvan.organisation.accounts.AccountView;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organisation.accounts.AccountRepository;
import vn.danvan.organisation.localgovernment.LocalGovernments;
import vn.danvan.organisation.people.PersonRepository;
import vn.danvan.organisation.units.UnitRepository;

/** What other modules may ask of the organisation: units, the tree and branches of it, an account's e-mail. */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    private final UnitRepository units;
    private final AccountRepository accounts;
    private final PersonRepository people;
    private final LocalGovernments localGovernments;
    private final DemoSettings demo;
    private final MessageSource messages;

    OrganisationService(UnitRepository units, AccountRepository accounts, PersonRepository people,
            LocalGovernments localGovernments, DemoSettings demo, MessageSource messages) {
        this.messages = messages;
        this.units = units;
        this.accounts = accounts;
        this.people = people;
        this.localGovernments = localGovernments;
        this.demo = demo;
    }

    /**
     * The local government DanVan serves: the committee, the office that consolidates reports, the
     * Front, the party committee, the locality and the directive cited; what an administrator saved,
     * else what the unit tree says. Empty only when the tree has no committee at all.
     */
    public Optional<LocalGovernment> localGovernment() {
        return localGovernments.current();
    }

    /**
     * The names screens and notices print for the local government, in the locale's neutral words
     * ("cơ quan tổng hợp") where no committee is known yet; never a fixed level.
     */
    public LocalNames localNames(Locale locale) {
        return LocalNames.of(localGovernment(), messages, locale);
    }

    public Optional<UnitView> unit(long id) {
        return units.find(id);
    }

    /**
     * The known units among {@code ids} (retired ones included), by id: a query per thousand ids, not the
     * whole tree (providers ask it for every unit of a national refresh). Like {@link #unit(long)}, the
     * units carry no depth (0): ask {@link #tree()} for depths.
     */
    public java.util.Map<Long, UnitView> units(java.util.Collection<Long> ids) {
        java.util.Map<Long, UnitView> found = new java.util.LinkedHashMap<>();
        List<Long> wanted = List.copyOf(new java.util.LinkedHashSet<>(ids));
        for (int i = 0; i < wanted.size(); i += 1000) {
            found.putAll(units.findAll(wanted.subList(i, Math.min(wanted.size(), i + 1000))));
        }
        return found;
    }

    public Optional<UnitView> unitByCode(String code) {
        return units.findByCode(code);
    }

    /** Every unit in tree order with its depth, retired ones included. */
    public List<UnitView> tree() {
        return units.tree();
    }

    /** Units that are not retired, in tree order: what a selection list offers. */
    public List<UnitView> activeUnits() {
        return units.tree().stream().filter(u -> !u.retired()).toList();
    }

    /** The active units as a tree read once: children, paths and branches for per-child summaries. */
    public UnitTree activeTree() {
        return new UnitTree(activeUnits());
    }

    /** Enabled accounts of the unit itself (not of the units under it), by name. */
    public List<StaffMember> staffOf(long unitId) {
        return accounts.list(List.of(unitId), null).stream()
                .filter(a -> a.enabled() && a.unitId() == unitId)
                .map(a -> new StaffMember(a.id(), a.username(), a.personName(), a.unitId(), a.roles()))
                .toList();
    }

    /**
     * {@link #staffOf(long)} of each of the units, by unit (every unit given has an entry, empty when it has
     * nobody): a query per thousand units, not one per unit, for notices sent to thousands of units at once.
     */
    public java.util.Map<Long, List<StaffMember>> staffOf(java.util.Collection<Long> unitIds) {
        java.util.Map<Long, List<StaffMember>> staff = new java.util.LinkedHashMap<>();
        List<Long> wanted = List.copyOf(new java.util.LinkedHashSet<>(unitIds));
        wanted.forEach(u -> staff.put(u, new java.util.ArrayList<>()));
        for (int i = 0; i < wanted.size(); i += 1000) {
            accounts.list(wanted.subList(i, Math.min(wanted.size(), i + 1000)), null).stream()
                    .filter(a -> a.enabled())
                    .forEach(a -> staff.get(a.unitId())
                            .add(new StaffMember(a.id(), a.username(), a.personName(), a.unitId(), a.roles())));
        }
        return staff;
    }

    /** The accounts of the unit's heads (role UNIT_HEAD, the unit itself): who an escalation goes to. */
    public List<Long> headAccountsOf(long unitId) {
        return heads(staffOf(unitId));
    }

    /** {@link #headAccountsOf(long)} of each of the units, by unit, read as {@link #staffOf(java.util.Collection)}. */
    public java.util.Map<Long, List<Long>> headAccountsOf(java.util.Collection<Long> unitIds) {
        java.util.Map<Long, List<Long>> heads = new java.util.LinkedHashMap<>();
        staffOf(unitIds).forEach((unit, staff) -> heads.put(unit, heads(staff)));
        return heads;
    }

    /**
     * Who is told of work arriving at a unit: its officers, or its heads when it has no officer, leaving out the
     * person who brought the work there ({@code broughtBy}: received, recorded or transferred it).
     */
    public List<Long> workReceivers(long unitId, java.util.function.Predicate<StaffMember> broughtBy) {
        List<StaffMember> staff = staffOf(unitId);
        List<Long> officers = staff.stream().filter(m -> m.roles().contains(Role.OFFICER) && !broughtBy.test(m))
                .map(StaffMember::accountId).toList();
        return !officers.isEmpty() ? officers : staff.stream()
                .filter(m -> m.roles().contains(Role.UNIT_HEAD) && !broughtBy.test(m)).map(StaffMember::accountId)
                .toList();
    }

    private static List<Long> heads(List<StaffMember> staff) {
        return staff.stream().filter(m -> m.roles().contains(Role.UNIT_HEAD)).map(StaffMember::accountId).toList();
    }

    /** Enabled accounts that hold the role, in any unit, by username: Home Affairs officers, for instance. */
    public List<StaffMember> staffWithRole(Role role) {
        return accounts.withRole(role).stream()
                .filter(a -> a.enabled() && a.roles().contains(role))
                .map(a -> new StaffMember(a.id(), a.username(), a.personName(), a.unitId(), a.roles()))
                .toList();
    }

    /** The people of the unit itself who hold a position (not retired), by name: e.g. who may chair a meeting. */
    public List<PersonView> peopleOf(long unitId) {
        return people.inUnit(unitId);
    }

    /** The people of the given units themselves who hold a position (not retired), by name, in one query. */
    public List<PersonView> peopleOf(java.util.Collection<Long> unitIds) {
        return people.inUnits(unitIds);
    }

    /** A person by id, retired or not. */
    public Optional<PersonView> person(long personId) {
        return people.find(personId);
    }

    /** The unit and every unit under it. */
    public Set<Long> branch(long unitId) {
        return units.subtree(unitId);
    }

    /**
     * The e-mail address of the person who holds the account, when one is recorded. It is personal
     * data: callers send to it and never log it.
     */
    public Optional<String> emailOfAccount(long accountId) {
        return accounts.emailOf(accountId).filter(email -> !email.isBlank());
    }

    /** The demo data set the settings name ({@code danvan.demo-dataset}), whether or not demo data is on. */
    public DemoDataset demoDataset() {
        return demo.dataset();
    }

    /**
     * The unit that plays the part in the demo data set loaded; empty when that set is not in the
     * database (no demo, or another organisation). Module demos find their units here, never by code.
     */
    public Optional<UnitView> demoUnit(DemoPart part) {
        return units.findByCode(DemoOrganisation.code(demo.dataset(), part));
    }

    /** The person who holds the account: a demo team lead, for instance. */
    public Optional<Long> personOfAccount(String username) {
        return accounts.findByUsername(username).map(AccountView::personId);
    }

    /**
     * The first demo commune's civil servant without an account, whom the inspection demo finds at fault;
     * empty when the demo set is not in the database.
     */
    public Optional<PersonView> demoOfficial() {
        return demoUnit(DemoPart.FIRST_COMMUNE).stream().flatMap(u -> people.inUnit(u.id()).stream())
                .filter(p -> p.fullName().equals(DemoOrganisation.OFFICIAL)).findFirst();
    }
}
