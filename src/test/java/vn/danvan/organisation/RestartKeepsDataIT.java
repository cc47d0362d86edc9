package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import vn.danvan.DanVanApplication;
import vn.danvan.organisation.accounts.AccountRepository;
import vn.danvan.organisation.units.UnitAdministration;
import vn.danvan.organisation.units.UnitData;
import vn.danvan.organisation.units.UnitRepository;

/** The embedded database lives in DANVAN_DATA_DIR: a second start keeps the data and loads no demo twice. */
class RestartKeepsDataIT {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return SpringApplication.run(DanVanApplication.class, "--server.port=0",
                "--spring.profiles.active=default", "--danvan.data-dir=" + dataDir,
                "--spring.datasource.url=jdbc:h2:file:" + dataDir + "/danvan;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE",
                "--spring.datasource.username=sa", "--spring.datasource.password=", "--danvan.demo=true",
                "--db-scheduler.enabled=false");
    }

    @Test
    void aSecondStartKeepsTheData() {
        long units;
        try (var app = start()) {
            units = app.getBean(UnitRepository.class).count();
            assertThat(units).as("district, 12 offices, 3 service units, township, 10 communes, Front and 5 organisations").isEqualTo(33);
            app.getBean(TransactionTemplate.class).executeWithoutResult(s -> app.getBean(UnitAdministration.class)
                    .create(new UnitData("GIULAI", "Đơn vị còn lại sau khởi động lại", UnitKind.SPECIALISED_OFFICE,
                            null, null, null, null)));
        }
        assertThat(Files.exists(dataDir.resolve("danvan.mv.db"))).isTrue();
        try (var app = start()) {
            assertThat(app.getBean(UnitRepository.class).count()).isEqualTo(units + 1);
            assertThat(app.getBean(UnitRepository.class).findByCode("GIULAI")).isPresent();
            assertThat(app.getBean(AccountRepository.class).findByUsername("admin")).isPresent();
        }
    }
}
