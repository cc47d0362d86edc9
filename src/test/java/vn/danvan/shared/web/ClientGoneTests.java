package vn.danvan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServlet;

/**
 * A client that hangs up before its answer is written (a closed tab; haproxy's health check giving up on a node
 * busy starting, seen in bench/cluster) is nothing that went wrong here: no ERROR line, no 500 page written to a
 * closed connection. Any other error still is one.
 */
class ClientGoneTests {

    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/health/readiness");
    private final ErrorAnswers answers = new ErrorAnswers(new StaticMessageSource() {
        {
            setUseCodeAsDefaultMessage(true);
        }
    });
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final List<Logger> loggers = List.of((Logger) LoggerFactory.getLogger(ErrorAnswers.class),
            (Logger) LoggerFactory.getLogger(UnexpectedErrors.class));

    @BeforeEach
    void listen() {
        logged.start();
        loggers.forEach(l -> l.addAppender(logged));
    }

    @AfterEach
    void stopListening() {
        loggers.forEach(l -> l.detachAppender(logged));
    }

    private static AsyncRequestNotUsableException hungUp() {
        return new AsyncRequestNotUsableException("ServletOutputStream failed to flush",
                new ClientAbortException(new java.io.IOException("Broken pipe")));
    }

    @Test
    void aClientThatHungUpIsNotAnErrorOfTheScreens() {
        AsyncRequestNotUsableException gone = hungUp();
        assertThatThrownBy(() -> answers.unexpected(gone, request)).isSameAs(gone);
        assertThat(errors()).isEmpty();
    }

    @Test
    void norOfTheLastGuard() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new UnexpectedErrors().doFilter(request, response, new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req,
                    jakarta.servlet.http.HttpServletResponse res) throws java.io.IOException {
                throw hungUp();
            }
        }));
        assertThat(response.getStatus()).isEqualTo(200); // nothing written: nobody is there to read it
        assertThat(errors()).isEmpty();
    }

    @Test
    void anyOtherErrorIsStillAnErrorWithItsPage() throws Exception {
        Object answer = answers.unexpected(new IllegalStateException("boom"), request);
        assertThat(answer).isInstanceOfSatisfying(ModelAndView.class,
                page -> assertThat(page.getStatus().value()).isEqualTo(500));
        assertThat(errors()).hasSize(1);
        assertThat(errors().get(0).getFormattedMessage()).doesNotContain("boom");
    }

    private List<ILoggingEvent> errors() {
        return logged.list.stream().filter(e -> e.getLevel() == Level.ERROR).toList();
    }
}
