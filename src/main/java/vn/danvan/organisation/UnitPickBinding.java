package vn.danvan.organisation;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingErrorProcessor;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A typed unit field whose name meant no unit or several ({@link UnitPickResolution}) comes to the form as a value
 * that does not convert; here, instead of "not a valid value", its error says why, with what was typed kept, as
 * every other field error of the form.
 */
@ControllerAdvice
class UnitPickBinding {

    @InitBinder
    void explainUnresolvedUnits(WebDataBinder binder, HttpServletRequest request) {
        if (request.getAttribute(UnitPickResolution.FAILURES) instanceof Map<?, ?> failures) {
            binder.setBindingErrorProcessor(new Explained(failures, binder.getBindingErrorProcessor()));
        }
    }

    private record Explained(Map<?, ?> failures, BindingErrorProcessor others) implements BindingErrorProcessor {

        @Override
        public void processMissingFieldError(String missingField, BindingResult bindingResult) {
            others.processMissingFieldError(missingField, bindingResult);
        }

        @Override
        public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
            String field = ex.getPropertyName();
            if (field != null && failures.get(field) instanceof UnitPickResolution.Failure failure) {
                bindingResult.addError(new FieldError(bindingResult.getObjectName(), field, failure.typed(), true,
                        bindingResult.resolveMessageCodes(failure.messageKey(), field), failure.arguments(),
                        failure.messageKey()));
                return;
            }
            others.processPropertyAccessException(ex, bindingResult);
        }
    }
}
