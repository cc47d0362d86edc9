package vn.danvan.organisation;

import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;

import vn.danvan.shared.text.TypedText;

/**
 * The names of the local government as screens and notices print them, never null: the committee
 * ("Ủy ban nhân dân huyện Phú Giáo"), its short name ("UBND huyện Phú Giáo"), the chair's title, the
 * office that consolidates the units' reports ("Phòng Nội vụ", "Sở Nội vụ"), the locality and the
 * directive cited (null when none is set). Where no committee is known yet, neutral words of the
 * bundle ({@code localGovernment.fallback.*}: "cơ quan tổng hợp"), never a level. Pages read it as
 * {@code ${localNames}}, loaded at most once per request and only when the page uses it
 * ({@link LayoutHeader}).
 */
public record LocalNames(String committee, String committeeShort, String chair, String chairShort,
        String homeAffairs, String locality, String directive) {

    static LocalNames of(Optional<LocalGovernment> government, MessageSource messages, Locale locale) {
        if (government.isPresent()) {
            LocalGovernment g = government.get();
            return new LocalNames(g.committeeName(), g.committeeShortName(), g.chairTitle(), g.chairShortTitle(),
                    g.homeAffairsName(), g.locality(), TypedText.of(g.directiveBasis()));
        }
        return new LocalNames(fallback(messages, "committee", locale), fallback(messages, "committee", locale),
                fallback(messages, "chair", locale), fallback(messages, "chair", locale),
                fallback(messages, "homeAffairs", locale), fallback(messages, "locality", locale), null);
    }

    private static String fallback(MessageSource messages, String name, Locale locale) {
        return messages.getMessage("localGovernment.fallback." + name, null, locale);
    }
}
