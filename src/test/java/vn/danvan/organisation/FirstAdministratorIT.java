package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import vn.danvan.DanVanApplication;
import vn.danvan.organisation.accounts.AccountRepository;
import vn.danvan.organisation.accounts.AccountView;
import vn.danvan.organisation.units.UnitRepository;

/** Without demo data, the first administrator comes from the environment, or the system refuses to start. */
class FirstAdministratorIT {

    private static String[] args(String... extra) {
        String db = "jdbc:h2:mem:first-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        String[] base = {"--server.port=0", "--spring.datasource.url=" + db, "--spring.datasource.username=sa",
            "--spring.datasource.password=", "--danvan.demo=false", "--db-scheduler.enabled=false"};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @Test
    void refusesToStartWithoutAnyAdministrator() {
        assertThatThrownBy(() -> SpringApplication.run(DanVanApplication.class, args()).close())
                .hasStackTraceContaining("DANVAN_ADMIN_USERNAME");
    }

    @Test
    void createsTheFirstAdministratorFromTheEnvironment() {
        try (ConfigurableApplicationContext app = SpringApplication.run(DanVanApplication.class,
                args("--danvan.admin.username=QuanTri", "--danvan.admin.password=Quan-tri-4Zp9-Wm"))) {
            AccountView admin = app.getBean(AccountRepository.class).findByUsername("quantri").orElseThrow();
            assertThat(admin.roles()).containsExactly(Role.ADMIN);
            assertThat(app.getBean(UnitRepository.class).count()).isEqualTo(1);
        }
    }

    @Test
    void refusesATooShortFirstPassword() {
        assertThatThrownBy(() -> SpringApplication.run(DanVanApplication.class,
                args("--danvan.admin.username=quantri", "--danvan.admin.password=ngan")).close())
                .hasStackTraceContaining("password.error.tooShort");
    }
}
