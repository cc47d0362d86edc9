package vn.danvan.shared.web;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.NumberFormat;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.text.TypedNumber;

/**
 * Vietnamese first; {@code ?lang=en} switches to English and a cookie remembers the choice. Only the
 * two languages DanVan speaks are taken: any other value of {@code lang} is ignored (it never reaches
 * the cookie or an error page).
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    static final Locale ENGLISH = Locale.ENGLISH;

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("danvan-lang");
        resolver.setDefaultLocale(VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        // a cookie naming another language (typed by hand) falls back to Vietnamese
        resolver.setRejectInvalidCookies(true);
        return resolver;
    }

    /**
     * A date in a form is typed as in Viet Nam, 05/04/2018 (a date picker's 2018-04-05 is read too), and
     * shown back the same way; a date that does not exist (31/02/2026) is a field error. A number likewise,
     * "1.000,5" ({@link TypedNumber}). A value marked {@code @DateTimeFormat} or {@code @NumberFormat} (the
     * API's ISO dates) keeps its own format.
     */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(new Typed<>(LocalDate.class, DateTimeFormat.class, DateInput::parse,
                DanVanTime.DATE::format));
        registry.addConverter(new Typed<>(BigDecimal.class, NumberFormat.class, TypedNumber::read, TypedNumber::show));
    }

    /** A value typed as in Viet Nam and shown back the same way, unless marked with its own format. */
    private record Typed<T>(Class<T> type, Class<? extends Annotation> ownFormat,
            Function<String, Optional<T>> read, Function<T, String> show) implements ConditionalGenericConverter {

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return Set.of(new ConvertiblePair(String.class, type), new ConvertiblePair(type, String.class));
        }

        @Override
        public boolean matches(TypeDescriptor source, TypeDescriptor target) {
            return !source.hasAnnotation(ownFormat) && !target.hasAnnotation(ownFormat);
        }

        @Override
        public Object convert(Object value, TypeDescriptor source, TypeDescriptor target) {
            if (value == null) {
                return null;
            }
            if (type.isInstance(value)) {
                return show.apply(type.cast(value));
            }
            String text = (String) value;
            if (text.isBlank()) {
                return null;
            }
            return read.apply(text).orElseThrow(() -> new IllegalArgumentException("not a " + type.getSimpleName()));
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageChoice(localeResolver()));
        registry.addInterceptor(new PlainFieldNames());
    }

    /**
     * A form field is named {@code title} or, for a map of a form record, {@code scores[12]}: never deeper.
     * A crafted {@code scores[12][x]} or {@code scores[12].x} would have the binder build a number as an
     * object (a 500); it is refused as unreadable input (400) before anything is bound.
     */
    private static final class PlainFieldNames implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            for (String name : request.getParameterMap().keySet()) {
                int open = name.indexOf('[');
                if (open >= 0 && (name.indexOf('[', open + 1) >= 0 || !name.endsWith("]"))) {
                    throw new InvalidRequestException("error.unreadable");
                }
            }
            return true;
        }
    }

    /** Reads {@code ?lang=vi} or {@code ?lang=en}. */
    private record LanguageChoice(LocaleResolver resolver) implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            String lang = request.getParameter("lang");
            if ("vi".equalsIgnoreCase(lang) || "vi-VN".equalsIgnoreCase(lang)) {
                resolver.setLocale(request, response, VIETNAMESE);
            } else if ("en".equalsIgnoreCase(lang)) {
                resolver.setLocale(request, response, ENGLISH);
            }
            return true;
        }
    }
}
