package vn.danvan.shared.web;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * The screen texts, from the bundles listed in {@code spring.messages.basename} (one per module).
 * Spring Boot's default source asks each of the ~26 bundles in turn for every text of a page; this
 * one reads all bundles of a language once into one table, so a text costs one lookup (4 % of the
 * public lookup page's CPU before, {@code bench/petitions} with JFR). Earlier bundles win, as before.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfig {

    @Bean
    @ConfigurationProperties("spring.messages")
    MessageSourceProperties messageSourceProperties() {
        return new MessageSourceProperties();
    }

    @Bean
    MessageSource messageSource(MessageSourceProperties properties) {
        var source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(properties.getBasename().stream().map(b -> "classpath:" + b.trim()).toArray(String[]::new));
        source.setDefaultEncoding(properties.getEncoding().name());
        source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
        source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
        source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
        // read once: the bundles are part of the build (a negative cache time never reloads)
        source.setCacheMillis(-1);
        return source;
    }
}
