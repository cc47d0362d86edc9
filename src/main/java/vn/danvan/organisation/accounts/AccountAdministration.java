package vn.danvan.organisation.accounts;

import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.organisation.PersonView;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.UnitView;
import vn.danvan.organisation.people.PersonRepository;
import vn.danvan.organisation.security.SignInLocks;
import vn.danvan.organisation.units.UnitRepository;

/** Accounts: creation, roles, unit, passwords, unlocking. Every change audited, never the password itself. */
@Service
@Transactional
public class AccountAdministration {

    static final String ENTITY = "Account";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");

    private final AccountRepository accounts;
    private final PersonRepository people;
    private final UnitRepository units;
    private final PasswordPolicy policy;
    private final SignInLocks locks;
    private final PasswordEncoder encoder;
    private final AuditService audit;

    AccountAdministration(AccountRepository accounts, PersonRepository people, UnitRepository units,
            PasswordPolicy policy, SignInLocks locks, PasswordEncoder encoder, AuditService audit) {
        this.locks = locks;
        this.accounts = accounts;
        this.people = people;
        this.units = units;
        this.policy = policy;
        this.encoder = encoder;
        this.audit = audit;
    }

    public long create(String username, long personId, Long unitId, Set<Role> roles, String initialPassword,
            boolean mustChange) {
        return create(username, personId, unitId, roles, initialPassword, mustChange, true);
    }

    /**
     * A demo account: the demo data's one password (README) is not one a person chose, so it is not held
     * to the strength rule.
     */
    public long createDemoAccount(String username, long personId, Long unitId, Set<Role> roles, String password) {
        return create(username, personId, unitId, roles, password, false, false);
    }

    private long create(String username, long personId, Long unitId, Set<Role> roles, String initialPassword,
            boolean mustChange, boolean checkStrength) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw InvalidRequestException.onField("username", "account.error.usernameFormat");
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw InvalidRequestException.onField("username", "account.error.usernameTaken", username);
        }
        if (roles.isEmpty()) {
            throw InvalidRequestException.onField("roles", "account.error.noRole");
        }
        PersonView person = people.find(personId)
                .orElseThrow(() -> InvalidRequestException.onField("personId", "account.error.personMissing"));
        long unit = unitId == null ? person.unitId() : unitId;
        requireActiveUnit(unit);
        if (checkStrength) {
            policy.check("password", username, initialPassword);
        }
        long id = accounts.insert(username, encoder.encode(initialPassword), personId, unit, mustChange);
        accounts.replaceRoles(id, roles);
        audit.created(ENTITY, id, unit, AccountRepository.auditFields(require(id)));
        return id;
    }

    public void update(long id, long version, long unitId, Set<Role> roles, boolean enabled) {
        AccountView before = require(id);
        if (roles.isEmpty()) {
            throw InvalidRequestException.onField("roles", "account.error.noRole");
        }
        if (before.unitId() != unitId) {
            requireActiveUnit(unitId);
        }
        accounts.update(id, version, unitId, enabled);
        accounts.replaceRoles(id, roles);
        audit.updated(ENTITY, id, unitId, AccountRepository.auditFields(before),
                AccountRepository.auditFields(require(id)));
    }

    /** Sets a new temporary password that must be changed at the next sign-in; returns it to show once. */
    String resetPassword(long id) {
        AccountView before = require(id);
        String temporary = policy.temporary();
        accounts.setPassword(id, encoder.encode(temporary), true);
        audit.updated(ENTITY, id, before.unitId(), AccountRepository.auditFields(before),
                AccountRepository.auditFields(require(id)));
        return temporary;
    }

    void changeOwnPassword(long id, String current, String next, String confirmation) {
        AccountView account = require(id);
        String hash = accounts.passwordHash(id).orElseThrow();
        if (current == null || !encoder.matches(current, hash)) {
            throw InvalidRequestException.onField("currentPassword", "password.error.currentWrong");
        }
        policy.check("newPassword", account.username(), next);
        if (!next.equals(confirmation)) {
            throw InvalidRequestException.onField("confirmation", "password.error.mismatch");
        }
        if (encoder.matches(next, hash)) {
            throw InvalidRequestException.onField("newPassword", "password.error.sameAsOld");
        }
        accounts.setPassword(id, encoder.encode(next), false);
        audit.updated(ENTITY, id, account.unitId(), AccountRepository.auditFields(account),
                AccountRepository.auditFields(require(id)));
    }

    public void unlock(long id) {
        AccountView before = require(id);
        accounts.unlock(id);
        locks.clearAll(before.username());
        audit.updated(ENTITY, id, before.unitId(), java.util.Map.of("lockedUntil", String.valueOf(before.lockedUntil())),
                java.util.Map.of("lockedUntil", "null"));
    }

    AccountView require(long id) {
        return accounts.find(id).orElseThrow(() -> new NotFoundException("account", id));
    }

    private void requireActiveUnit(long unitId) {
        UnitView unit = units.find(unitId)
                .orElseThrow(() -> InvalidRequestException.onField("unitId", "person.error.unitMissing"));
        if (unit.retired()) {
            throw InvalidRequestException.onField("unitId", "person.error.unitRetired");
        }
    }
}
