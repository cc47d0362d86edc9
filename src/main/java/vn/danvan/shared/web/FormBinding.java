package vn.danvan.shared.web;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import vn.danvan.shared.text.TypedText;

/**
 * How every form is taken, for all modules at once. Form commands are records bound through their
 * constructor and read back by field when a form is shown again with errors. Each text value passes
 * through {@link TypedText} (no control characters, NFC, stripped, blank is null). A value that does
 * not convert (a letter in a number, 31/02/2026, a choice not offered) becomes a field error whose
 * message comes from the {@code typeMismatch} keys of the bundle, with what was typed kept; the
 * component is null, so a form record's components are never primitives.
 */
@ControllerAdvice
class FormBinding {

    @InitBinder
    void init(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(TypedText.of(text));
            }

            @Override
            public String getAsText() {
                Object value = getValue();
                return value == null ? "" : value.toString();
            }
        });
    }
}
