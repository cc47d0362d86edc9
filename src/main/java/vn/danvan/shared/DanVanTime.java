package vn.danvan.shared;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The zone and formats in which DanVan shows dates and applies working-day rules. */
@Configuration(proxyBeanMethods = false)
public class DanVanTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
