package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.danvan.organisation.security.SignInRateLimit;
import vn.danvan.shared.web.AddressRateLimits;

class SignInRateLimitTests {

    private static final int ATTEMPTS = 30;
    private final SignInRateLimit limit = new SignInRateLimit(AddressRateLimits.inMemory(), ATTEMPTS);

    private MockHttpServletResponse post(String address) throws Exception {
        var request = new MockHttpServletRequest("POST", "/login");
        request.setServletPath("/login");
        request.setRemoteAddr(address);
        var response = new MockHttpServletResponse();
        limit.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void tooManySignInPostsFromOneAddressAreTurnedAway() throws Exception {
        for (int i = 0; i < ATTEMPTS; i++) {
            assertThat(post("10.0.0.1").getRedirectedUrl()).isNull();
        }
        assertThat(post("10.0.0.1").getRedirectedUrl()).isEqualTo("/login?error=tooMany");
        assertThat(post("10.0.0.2").getRedirectedUrl()).as("another address is not affected").isNull();
    }

    @Test
    void otherRequestsAreNotCounted() throws Exception {
        for (int i = 0; i < ATTEMPTS + 5; i++) {
            var request = new MockHttpServletRequest("GET", "/login");
            request.setServletPath("/login");
            var response = new MockHttpServletResponse();
            limit.doFilter(request, response, new MockFilterChain());
            assertThat(response.getRedirectedUrl()).isNull();
        }
    }
}
