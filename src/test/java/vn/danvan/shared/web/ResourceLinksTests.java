package vn.danvan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.AntPathMatcher;

class ResourceLinksTests {

    private final AntPathMatcher ant = new AntPathMatcher();
    private final ResourceLinks.PrefixFirstMatcher fast = new ResourceLinks.PrefixFirstMatcher();

    @Test
    void answersExactlyAsTheAntMatcher() {
        List<String> patterns = List.of("/static/**", "/webjars/**", "/**", "/a/*/b/**", "/files/*.css");
        List<String> paths = List.of("/static", "/static/", "/static/css/danvan.css", "/staticfoo/x", "/login", "/",
                "/portal/petitions/lookup", "/webjars/bootstrap/dist/css/bootstrap.min.css", "/webjars", "/web",
                "/a/x/b/c", "/a/x/c", "/files/x.css", "//static/x", "");
        for (String pattern : patterns) {
            for (String path : paths) {
                assertThat(fast.match(pattern, path)).as(pattern + " ~ " + path).isEqualTo(ant.match(pattern, path));
            }
        }
    }

    @Test
    void refusesALinkOutsideThePrefixWithoutSplittingIt() {
        assertThat(fast.match("/static/**", "/portal/petitions/lookup")).isFalse();
        assertThat(fast.match("/static/**", "/static/js/danvan.js")).isTrue();
    }
}
