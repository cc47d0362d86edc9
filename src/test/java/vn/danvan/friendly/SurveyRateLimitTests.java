package vn.danvan.friendly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.io.IOException;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlProcessor;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;

import vn.danvan.shared.web.InvalidRequestException;

/** Survey answers on the portal are limited per client address and hour; the default is low. */
class SurveyRateLimitTests {

    private final FriendlySurvey survey = mock(FriendlySurvey.class);
    private final SurveyPortalController controller = new SurveyPortalController(survey, new FriendlySettings(2));

    private MockHttpServletResponse answer(String address, ExtendedModelMap model) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        var response = new MockHttpServletResponse();
        controller.answer(7L, Map.of("attitude", "5", "waiting", "4", "guidance", "4", "facilities", "3",
                "overall", "4"), model, request, response);
        return response;
    }

    @Test
    void theThirdAnswerFromOneAddressIsRefusedAndNotRecorded() {
        assertThat(answer("10.7.7.1", new ExtendedModelMap()).getStatus()).isEqualTo(200);
        assertThat(answer("10.7.7.1", new ExtendedModelMap()).getStatus()).isEqualTo(200);
        ExtendedModelMap refused = new ExtendedModelMap();
        assertThat(answer("10.7.7.1", refused).getStatus()).isEqualTo(429);
        var error = (InvalidRequestException) refused.get("surveyError");
        assertThat(error.messageKey()).isEqualTo("friendly.survey.error.tooMany");
        assertThat(error.arguments()).containsExactly(2);
        verify(survey, times(2)).answer(any());
        assertThat(answer("10.7.7.2", new ExtendedModelMap()).getStatus()).isEqualTo(200);
        verify(survey, times(3)).answer(any());
    }

    @Test
    void theConfiguredDefaultIsFiveAnswersPerHour() throws IOException {
        var yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        // the default document only, not the profiles' (the test profile sets a high limit)
        yaml.setDocumentMatchers(p -> p.containsKey("spring.config.activate.on-profile")
                ? YamlProcessor.MatchStatus.NOT_FOUND : YamlProcessor.MatchStatus.FOUND);
        Properties properties = yaml.getObject();
        assertThat(properties.getProperty("danvan.friendly.survey-per-hour")).isEqualTo("5");
    }
}
