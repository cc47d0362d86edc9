package vn.danvan.shared.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.ModelAttributeMethodProcessor;
import org.springframework.web.method.annotation.ModelFactory;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * A form record whose value did not convert (a letter in a number, 31/02/2026) is still built, with
 * that component null, and handed to the handler; Spring then neither validates the other fields nor
 * exposes the record to the view (the model attribute is the binding result's target, still null when
 * the conversion failed). Here, for every {@code @Valid} form: the record the handler received is put
 * back in the model, and its other fields are validated, so that every message shows at once next to
 * its field with what was typed.
 */
@Component
class ConstructedForms implements BeanPostProcessor {

    private final ObjectProvider<SmartValidator> validator;
    private final ObjectProvider<ConversionService> conversions;

    ConstructedForms(ObjectProvider<SmartValidator> validator,
            @Qualifier("mvcConversionService") ObjectProvider<ConversionService> conversions) {
        this.validator = validator;
        this.conversions = conversions;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
            List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>();
            for (HandlerMethodArgumentResolver r : adapter.getArgumentResolvers()) {
                resolvers.add(r instanceof ModelAttributeMethodProcessor m ? new KeptInModel(m, validator, conversions) : r);
            }
            adapter.setArgumentResolvers(resolvers);
        }
        return bean;
    }

    private record KeptInModel(ModelAttributeMethodProcessor delegate, ObjectProvider<SmartValidator> validator,
            ObjectProvider<ConversionService> conversions) implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return delegate.supportsParameter(parameter);
        }

        /**
         * When the binding result has no target (a value did not convert), a complete one takes its place,
         * last in the model where the BindingResult parameter that follows the form is taken from: the
         * record as target (so a list or map typed shows again and domain rules can be added to any
         * field), the conversion errors, and Bean Validation of the other fields.
         */
        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                NativeWebRequest request, WebDataBinderFactory binders) throws Exception {
            Object form = delegate.resolveArgument(parameter, container, request, binders);
            if (form == null || container == null) {
                return form;
            }
            String name = ModelFactory.getNameForParameter(parameter);
            var model = container.getModel();
            if (model.get(BindingResult.MODEL_KEY_PREFIX + name) instanceof BindingResult result
                    && result.getTarget() == null) {
                BeanPropertyBindingResult complete = new BeanPropertyBindingResult(form, name);
                ConversionService conversion = conversions.getIfAvailable();
                if (conversion != null) {
                    complete.initConversion(conversion);
                }
                complete.addAllErrors(result);
                if (isValidated(parameter)) {
                    validateTheRest(form, name, complete);
                }
                model.remove(BindingResult.MODEL_KEY_PREFIX + name);
                model.put(name, form);
                model.put(BindingResult.MODEL_KEY_PREFIX + name, complete);
            }
            return form;
        }

        /** The fields that did convert, checked as Bean Validation would have; a failed one keeps its one message. */
        private void validateTheRest(Object form, String name, BindingResult errors) {
            SmartValidator checker = validator.getIfAvailable();
            if (checker == null) {
                return;
            }
            var rest = new BeanPropertyBindingResult(form, name);
            checker.validate(form, rest);
            for (FieldError e : rest.getFieldErrors()) {
                if (errors.getFieldErrorCount(e.getField()) == 0) {
                    errors.addError(e);
                }
            }
            rest.getGlobalErrors().forEach(errors::addError);
        }

        private static boolean isValidated(MethodParameter parameter) {
            return parameter.hasParameterAnnotation(Valid.class) || parameter.hasParameterAnnotation(Validated.class);
        }
    }
}
