package vn.danvan;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** MockMvc requests made as a real account of the database, with its roles and unit scope. */
public final class SignedIn {

    private SignedIn() {
    }

    public static RequestPostProcessor as(ApplicationContext context, String username) {
        var accounts = context.getBean(UserDetailsService.class);
        return SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(username));
    }
}
