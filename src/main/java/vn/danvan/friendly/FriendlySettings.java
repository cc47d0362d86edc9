package vn.danvan.friendly;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Survey answers accepted from one client address per hour on the portal ({@code danvan.friendly.survey-per-hour}, default 5). */
@Component
class FriendlySettings {

    private final int surveyPerHour;

    FriendlySettings(@Value("${danvan.friendly.survey-per-hour:5}") int surveyPerHour) {
        this.surveyPerHour = surveyPerHour;
    }

    int surveyPerHour() {
        return surveyPerHour;
    }
}
