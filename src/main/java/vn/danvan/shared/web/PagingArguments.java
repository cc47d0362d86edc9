package vn.danvan.shared.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A handler's {@link PageQuery} parameter, read from the request parameters {@code size} and {@code cursor}
 * ({@link PageQuery#of}): a size other than 20, 50 or 100, or a cursor that was garbled or edited, is a 400
 * with a Vietnamese message.
 */
@Configuration(proxyBeanMethods = false)
class PagingArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return PageQuery.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binders) {
        return PageQuery.of(request.getParameter(PageQuery.SIZE_PARAMETER),
                request.getParameter(PageQuery.CURSOR_PARAMETER));
    }
}
