package vn.danvan;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

/**
 * A module started on its own: only the beans of the test's module and of the modules it declares it
 * depends on (Spring Modulith's {@code ALL_DEPENDENCIES}), so that a module that reaches for another
 * module's beans without saying so fails to start. All module tests share one embedded database of
 * their own (so their records never reach the counts of the full-application tests), with the demo
 * organisation loaded, and MockMvc to ask the module's pages (its templates must render without the
 * modules it does not declare).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
@TestPropertySource(properties = {"danvan.demo=true",
    "spring.datasource.url=jdbc:h2:mem:danvan-modules;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa", "spring.datasource.password="})
public @interface ModuleTest {
}
