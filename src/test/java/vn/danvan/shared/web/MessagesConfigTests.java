package vn.danvan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

/** The merged message source answers as the bundles say: Vietnamese by default, English beside it. */
class MessagesConfigTests {

    private final MessageSource messages = source();

    private static MessageSource source() {
        var properties = new MessageSourceProperties();
        properties.setBasename(List.of("messages/messages", "messages/petition"));
        properties.setFallbackToSystemLocale(false); // as application.yml
        return new MessagesConfig().messageSource(properties);
    }

    @Test
    void vietnameseFirstEnglishBesideIt() {
        assertThat(messages.getMessage("petition.public.lookup.title", null, WebConfig.VIETNAMESE))
                .isEqualTo(bundleValue("messages/petition.properties", "petition.public.lookup.title"));
        assertThat(messages.getMessage("petition.public.lookup.title", null, Locale.ENGLISH))
                .isEqualTo(bundleValue("messages/petition_en.properties", "petition.public.lookup.title"));
    }

    @Test
    void argumentsAreFormattedAndUnknownKeysAreNotInvented() {
        String rated = messages.getMessage("petition.public.ratedAs", new Object[] {4}, WebConfig.VIETNAMESE);
        assertThat(rated).contains("4").doesNotContain("{0}");
        assertThatThrownBy(() -> messages.getMessage("no.such.key", null, WebConfig.VIETNAMESE))
                .isInstanceOf(NoSuchMessageException.class);
    }

    private static String bundleValue(String resource, String key) {
        var properties = new java.util.Properties();
        try (var in = MessagesConfigTests.class.getClassLoader().getResourceAsStream(resource);
                var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties.getProperty(key);
    }
}
