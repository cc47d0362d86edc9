package vn.danvan.organisation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The default demo set, phu-giao-2018, fresh as an installation starts it, in a database of its own that
 * no test changes (the shared test database holds what other tests create and change); the tests that
 * use it only read.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"danvan.demo=true", "danvan.demo-dataset=phu-giao-2018",
    "spring.datasource.url=jdbc:h2:mem:danvan-phu-giao;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa", "spring.datasource.password="})
@AutoConfigureMockMvc
@interface FreshPhuGiaoDemo {
}
