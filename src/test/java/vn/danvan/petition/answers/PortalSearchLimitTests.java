package vn.danvan.petition.answers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;

import vn.danvan.shared.web.AddressRateLimits;
import vn.danvan.shared.web.Problem;

/** The portal's search box is limited per client address, as the other public searches are. */
class PortalSearchLimitTests {

    private static MockHttpServletRequest from(String address, String q) {
        var request = new MockHttpServletRequest("GET", "/portal/search");
        request.setRemoteAddr(address);
        request.setParameter("q", q);
        return request;
    }

    @Test
    void aThirdSearchInTheHourFromOneAddressIsRefusedWithAMessage() {
        // tracking codes only: they go to the lookup page without reading the answers (none given here)
        var search = new PortalSearchController(null, AddressRateLimits.inMemory(), 2);
        String code = "PA-7K3M9-QXD2F";
        for (int i = 0; i < 2; i++) {
            assertThat(search.search(code, new ExtendedModelMap(), from("10.0.0.1", code), new MockHttpServletResponse()))
                    .isEqualTo("redirect:/portal/petitions/lookup?code=" + code);
        }
        var model = new ExtendedModelMap();
        var response = new MockHttpServletResponse();
        assertThat(search.search(code, model, from("10.0.0.1", code), response)).isEqualTo(PortalSearchController.VIEW);
        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(((Problem) model.get("searchError")).messageKey()).isEqualTo("portal.search.tooMany");
        // another address is not held back
        assertThat(search.search(code, new ExtendedModelMap(), from("10.0.0.2", code), new MockHttpServletResponse()))
                .startsWith("redirect:");
    }

    @Test
    void badInputIsToldBeforeItCountsAgainstTheLimit() {
        var search = new PortalSearchController(null, AddressRateLimits.inMemory(), 1);
        for (int i = 0; i < 3; i++) {
            var response = new MockHttpServletResponse();
            search.search("", new ExtendedModelMap(), from("10.0.0.3", ""), response);
            assertThat(response.getStatus()).isEqualTo(400);
        }
        assertThat(search.search("PA-7K3M9-QXD2F", new ExtendedModelMap(), from("10.0.0.3", "PA-7K3M9-QXD2F"),
                new MockHttpServletResponse())).startsWith("redirect:");
    }
}
