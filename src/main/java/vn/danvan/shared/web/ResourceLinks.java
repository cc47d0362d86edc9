package vn.danvan.shared.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Every link a page builds ({@code @{/login}}, {@code @{/portal/...}}) is offered to the resource URL
 * provider, which matches it against each static-file pattern ({@code /static/**}, {@code /webjars/**})
 * with a full Ant match that splits the link into segments: 5 % of the public lookup page's CPU
 * ({@code bench/petitions} with JFR). A link that does not even start with a pattern's fixed part cannot
 * match it, so that is checked first; everything else is matched exactly as before.
 */
@Configuration(proxyBeanMethods = false)
class ResourceLinks {

    @Bean
    static BeanPostProcessor resourceLinkMatcher() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ResourceUrlProvider provider) {
                    provider.setPathMatcher(new PrefixFirstMatcher());
                }
                return bean;
            }
        };
    }

    /** An {@link AntPathMatcher} that refuses at once a path outside a {@code /prefix/**} pattern's prefix. */
    static final class PrefixFirstMatcher extends AntPathMatcher {

        @Override
        public boolean match(String pattern, String path) {
            if (pattern.endsWith("/**")) {
                String prefix = pattern.substring(0, pattern.length() - 3);
                // "//" is the one way a path outside the prefix can still match (empty segments are skipped)
                if (!prefix.isEmpty() && !isPattern(prefix) && !path.startsWith(prefix) && !path.contains("//")) {
                    return false;
                }
            }
            return super.match(pattern, path);
        }
    }
}
