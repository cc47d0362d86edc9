package vn.danvan.organisation;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingErrorProcessor;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A typed unit field whose name meant no unit or several ({@link UnitPickResolution}) comes to the form as a value
 * that does not convert; here, instead of "not a valid value", its error says why, with what was typed kept, as
 * every other field error of the form. A unit typed to join several leaves the units ticked as they were sent, and
 * the form's validation gives the field that error.
 */
@ControllerAdvice
class UnitPickBinding {

    @InitBinder
    void explainUnresolvedUnits(WebDataBinder binder, HttpServletRequest request) {
        if (request.getAttribute(UnitPickResolution.FAILURES) instanceof Map<?, ?> failures) {
            binder.setBindingErrorProcessor(new Explained(failures, binder.getBindingErrorProcessor()));
            binder.addValidators(new NotAdded(failures));
        }
    }

    /** The error of each field a unit was typed to join and none was found for (or several). */
    private record NotAdded(Map<?, ?> failures) implements Validator {

        @Override
        public boolean supports(Class<?> type) {
            return true;
        }

        @Override
        public void validate(Object target, Errors errors) {
            failures.forEach((field, value) -> {
                if (value instanceof UnitPickResolution.Failure failure && failure.adding()
                        && errors.getFieldErrorCount((String) field) == 0) {
                    try {
                        errors.rejectValue((String) field, failure.messageKey(), failure.arguments(),
                                failure.messageKey());
                    } catch (NotReadablePropertyException e) {
                        // not a field of this form: another form of the request was bound
                    }
                }
            });
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
