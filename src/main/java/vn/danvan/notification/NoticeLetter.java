package vn.danvan.notification;

import java.util.Collection;
import java.util.List;

/**
 * What a notice says and to whom: in-app (and by e-mail when the person has an address) to each account.
 * Texts are in Vietnamese already; {@code link} is a path inside DanVan.
 */
public record NoticeLetter(Collection<Long> recipients, String title, String body, String link) {

    public NoticeLetter {
        recipients = recipients == null ? List.of() : List.copyOf(recipients.stream().distinct().toList());
    }
}
