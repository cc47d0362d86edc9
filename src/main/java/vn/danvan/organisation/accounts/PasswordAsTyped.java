package vn.danvan.organisation.accounts;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;

/**
 * Keeps the text fields of a form exactly as typed, where the shared binder would trim them. A
 * password is compared with what the sign-in form sends, untrimmed, so a password saved trimmed
 * would not work. Empty still means "not given".
 */
final class PasswordAsTyped extends PropertyEditorSupport {

    private PasswordAsTyped() {
    }

    static void register(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PasswordAsTyped());
    }

    @Override
    public void setAsText(String text) {
        setValue(text == null || text.isEmpty() ? null : text);
    }

    @Override
    public String getAsText() {
        Object value = getValue();
        return value == null ? "" : value.toString();
    }
}
