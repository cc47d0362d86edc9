package vn.danvan.friendly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.io.IOException;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlProcessor;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

import vn.danvan.organisation.UnitPicker;
import vn.danvan.shared.web.AddressRateLimits;

/** Survey answers on the portal are limited per client address and hour; the default is low. */
class SurveyRateLimitTests {

    private final FriendlySurvey survey = mock(FriendlySurvey.class);
    private final SurveyPortalController controller = new SurveyPortalController(mock(UnitPicker.class), survey, new FriendlySettings(2),
            AddressRateLimits.inMemory());
    private static final SurveyForm FORM = new SurveyForm(7L, 5, 4, 4, 3, 4, null);

    private MockHttpServletResponse answer(String address, BindingResult result) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        var response = new MockHttpServletResponse();
        controller.answer(FORM, result, new ExtendedModelMap(), request, response);
        return response;
    }

    private static BindingResult valid() {
        return new BeanPropertyBindingResult(FORM, "surveyForm");
    }

    @Test
    void theThirdAnswerFromOneAddressIsRefusedAndNotRecorded() {
        assertThat(answer("10.7.7.1", valid()).getStatus()).isEqualTo(200);
        assertThat(answer("10.7.7.1", valid()).getStatus()).isEqualTo(200);
        BindingResult refused = valid();
        assertThat(answer("10.7.7.1", refused).getStatus()).isEqualTo(429);
        assertThat(refused.getGlobalError().getCode()).isEqualTo("friendly.survey.error.tooMany");
        assertThat(refused.getGlobalError().getArguments()).containsExactly(2);
        verify(survey, times(2)).answer(any());
        assertThat(answer("10.7.7.2", valid()).getStatus()).isEqualTo(200);
        verify(survey, times(3)).answer(any());
    }

    @Test
    void aRefusedFormCountsTooAndIsNotRecorded() {
        BindingResult invalid = valid();
        invalid.rejectValue("attitude", "friendly.survey.error.rating");
        assertThat(answer("10.7.7.3", invalid).getStatus()).isEqualTo(200);
        assertThat(answer("10.7.7.3", valid()).getStatus()).isEqualTo(200);
        assertThat(answer("10.7.7.3", valid()).getStatus()).isEqualTo(429);
        verify(survey, times(1)).answer(any());
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
