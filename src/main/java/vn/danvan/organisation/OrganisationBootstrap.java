package vn.danvan.organisation;

import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.organisation.accounts.AccountAdministration;
import vn.danvan.organisation.accounts.AccountRepository;
import vn.danvan.organisation.people.PersonAdministration;
import vn.danvan.organisation.people.PersonData;
import vn.danvan.organisation.units.UnitAdministration;
import vn.danvan.organisation.units.UnitData;
import vn.danvan.organisation.units.UnitRepository;

/**
 * On start, after the demo data ({@link DemoLoader}, which brings the demo administrator), makes sure an
 * administrator exists. Without one, the first comes from
 * {@code DANVAN_ADMIN_USERNAME} / {@code DANVAN_ADMIN_PASSWORD}; with neither, the system refuses
 * to start rather than run with nobody able to administer it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class OrganisationBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OrganisationBootstrap.class);

    private final String adminUsername;
    private final String adminPassword;
    private final UnitRepository units;
    private final AccountRepository accounts;
    private final UnitAdministration unitAdministration;
    private final PersonAdministration personAdministration;
    private final AccountAdministration accountAdministration;
    private final TransactionTemplate transactions;

    OrganisationBootstrap(@Value("${danvan.admin.username:}") String adminUsername,
            @Value("${danvan.admin.password:}") String adminPassword, UnitRepository units,
            AccountRepository accounts, UnitAdministration unitAdministration,
            PersonAdministration personAdministration, AccountAdministration accountAdministration,
            TransactionTemplate transactions) {
        this.adminUsername = adminUsername == null ? "" : adminUsername.strip().toLowerCase();
        this.adminPassword = adminPassword;
        this.units = units;
        this.accounts = accounts;
        this.unitAdministration = unitAdministration;
        this.personAdministration = personAdministration;
        this.accountAdministration = accountAdministration;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAdmin()) {
            return;
        }
        if (adminUsername.isEmpty() || adminPassword == null || adminPassword.isEmpty()) {
            throw new IllegalStateException("""
                    DanVan has no administrator account. Set DANVAN_ADMIN_USERNAME and DANVAN_ADMIN_PASSWORD \
                    (at least 10 characters) for the first start, or start with danvan.demo=true on an empty \
                    database. / Chưa có tài khoản quản trị: hãy đặt DANVAN_ADMIN_USERNAME và \
                    DANVAN_ADMIN_PASSWORD cho lần khởi động đầu tiên.""");
        }
        transactions.executeWithoutResult(s -> createFirstAdministrator());
        log.info("Created the first administrator account {}", adminUsername);
    }

    private void createFirstAdministrator() {
        long unitId = units.tree().stream().filter(u -> u.parentId() == null && !u.retired()).findFirst()
                .map(UnitView::id)
                .orElseGet(() -> unitAdministration.create(new UnitData("GOC", "Đơn vị gốc",
                        UnitKind.PEOPLES_COMMITTEE, null, null, null, null)));
        long personId = personAdministration.create(
                new PersonData("Quản trị hệ thống", "Quản trị hệ thống", unitId, null, null), false);
        accountAdministration.create(adminUsername, personId, unitId, EnumSet.of(Role.ADMIN), adminPassword, false);
    }
}
