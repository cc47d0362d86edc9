package vn.danvan.shared.web;

import java.util.Collection;
import java.util.List;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The form controllers' one way to show rules broken in the domain: each {@link Problem} next to its
 * field (or at the top of the form), where Bean Validation and conversion errors already are.
 */
public final class Forms {

    private Forms() {
    }

    public static void reject(BindingResult result, Collection<Problem> problems) {
        for (Problem p : problems) {
            if (p.field() != null && result.getFieldErrorCount(p.field()) > 0) {
                continue; // one message a field: the first found stays
            }
            if (p.field() == null || !rejectField(result, p)) {
                result.reject(p.messageKey(), p.arguments(), p.messageKey());
            }
        }
    }

    /**
     * False when the form has no such field (the problem is then shown for the whole form). A form one
     * of whose values did not convert has no target to read the field from: the value typed is the one
     * the binding recorded.
     */
    private static boolean rejectField(BindingResult result, Problem p) {
        try {
            if (result.getTarget() == null) {
                result.addError(new FieldError(result.getObjectName(), p.field(), result.getFieldValue(p.field()),
                        false, result.resolveMessageCodes(p.messageKey(), p.field()), p.arguments(), p.messageKey()));
            } else {
                result.rejectValue(p.field(), p.messageKey(), p.arguments(), p.messageKey());
            }
            return true;
        } catch (NotReadablePropertyException e) {
            return false;
        }
    }

    /**
     * For a page with several forms (a record's actions): a problem of a field next to it in the form
     * sent, a problem of the whole record (a stale page, a state that no longer allows the action) at the
     * top of the page as {@code actionErrors}, where it shows even when the form is no longer offered.
     */
    public static void rejectOnPage(BindingResult result, Collection<Problem> problems, org.springframework.ui.Model model) {
        reject(result, problems.stream().filter(p -> p.field() != null).toList());
        List<Problem> whole = problems.stream().filter(p -> p.field() == null).toList();
        if (!whole.isEmpty()) {
            model.addAttribute("actionErrors", whole);
        }
    }

    /**
     * For a form nobody types into (hidden fields only, such as {@link ActionForm}): its errors mean a
     * tampered or stale page, answered 400 with their messages rather than shown next to fields.
     */
    public static void requireValid(BindingResult result) {
        if (result.hasErrors()) {
            throw new InvalidRequestException(result.getAllErrors().stream()
                    .map(e -> new Problem(e instanceof FieldError f ? f.getField() : null,
                            e.getCode() == null ? "error.status.4xx" : e.getCode(), e.getArguments()))
                    .toList());
        }
    }

    public static void reject(BindingResult result, InvalidRequestException e) {
        reject(result, e.problems());
    }
}
