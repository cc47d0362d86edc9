package vn.danvan.shared.web;

import org.springframework.validation.BindingResult;

/** Helpers for the form controllers: a rule broken in the domain shown next to its field. */
public final class Forms {

    private Forms() {
    }

    public static void reject(BindingResult result, InvalidRequestException e) {
        if (e.field() != null) {
            result.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
        } else {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
        }
    }
}
