package vn.danvan.friendly;

/**
 * A criterion (tiêu chí) of a year's set: name, description, maximum points, order, and its source:
 * {@link #SURVEY} when the points come from the citizens' survey instead of the unit's own score.
 */
record Criterion(long id, int assessmentYear, String name, String description, int maxPoints, int sortOrder,
        String source, long version) {

    public static final String SURVEY = "SURVEY";

    public boolean fromSurvey() {
        return SURVEY.equals(source);
    }
}
