package vn.danvan.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.danvan.model.ModelViews.Criterion;
import vn.danvan.model.ModelViews.ResultLine;
import vn.danvan.model.ModelViews.Score;
import vn.danvan.shared.text.TypedText;
import vn.danvan.shared.web.Problem;

/** The rules of a registration and of an evaluation, without the database. */
final class ModelRules {

    static final int FIRST_YEAR = 2000;
    static final int MAX_LINES = 20;

    private ModelRules() {
    }

    /**
     * The problems of a registration form, none when it may be saved: what the kind requires (a model its
     * field, a person their position and area), the year, the figures. Sizes are the form's own.
     */
    static List<Problem> checkRegistration(ModelForm form, int currentYear) {
        List<Problem> problems = new ArrayList<>();
        if (form.kind() == null) {
            problems.add(Problem.on("kind", "model.error.kindRequired"));
            return problems;
        }
        boolean person = form.person();
        required(problems, "name", form.name(), person ? "model.error.fullNameRequired" : "model.error.nameRequired");
        if (!person && form.field() == null) {
            problems.add(Problem.on("field", "model.error.fieldRequired"));
        }
        if (!yearAllowed(form.year(), currentYear)) {
            problems.add(Problem.on("year", "model.error.year", FIRST_YEAR, currentYear));
        }
        required(problems, "description", form.description(),
                person ? "model.error.achievementsRequired" : "model.error.descriptionRequired");
        if (person) {
            required(problems, "positionRole", form.positionRole(), "model.error.positionRequired");
            required(problems, "area", form.area(), "model.error.areaRequired");
        } else {
            resultLines(form.resultLines(), problems);
        }
        return problems;
    }

    /** Whether the year is from {@value #FIRST_YEAR} to next year. */
    static boolean yearAllowed(Integer year, int currentYear) {
        return year != null && year >= FIRST_YEAR && year <= currentYear + 1;
    }

    /**
     * The figures typed one per line as "label; value; unit"; a value may use a decimal comma
     * ("12,5"). A line that does not read adds a problem naming its number.
     */
    static List<ResultLine> resultLines(String typed, List<Problem> problems) {
        List<ResultLine> lines = new ArrayList<>();
        if (typed == null) {
            return lines;
        }
        int number = 0;
        for (String line : typed.split("\\R")) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(";", -1);
            BigDecimal amount = parts.length >= 2 && parts.length <= 3 ? amount(parts[1]) : null;
            String label = parts[0].strip();
            String unit = parts.length == 3 ? parts[2].strip() : "";
            if (amount == null || label.isEmpty() || label.length() > 300 || unit.length() > 50) {
                problems.add(Problem.on("resultLines", "model.error.resultLine", number));
                continue;
            }
            lines.add(new ResultLine(label, amount, unit.isEmpty() ? null : unit));
        }
        if (lines.size() > MAX_LINES) {
            problems.add(Problem.on("resultLines", "model.error.tooManyLines", MAX_LINES));
        }
        return lines;
    }

    private static BigDecimal amount(String typed) {
        String s = typed.strip().replace(',', '.');
        if (!s.matches("-?\\d{1,15}(\\.\\d{1,2})?")) {
            return null;
        }
        return new BigDecimal(s);
    }

    /** The scores given for each active criterion and their total, or the problems. */
    record Scoring(List<Score> scores, int total, List<Problem> problems) {
    }

    /** The field of a criterion's score in {@link EvaluationForm}. */
    static String scoreField(long criterionId) {
        return "scores[" + criterionId + "]";
    }

    /**
     * A whole number of points from 0 to the criterion's maximum for every active criterion;
     * the total is their sum.
     */
    static Scoring score(List<Criterion> criteria, Map<Long, Integer> given) {
        List<Problem> problems = new ArrayList<>();
        List<Score> scores = new ArrayList<>();
        int total = 0;
        for (Criterion c : criteria) {
            if (!c.active()) {
                continue;
            }
            String field = scoreField(c.id());
            Integer points = given.get(c.id());
            if (points == null) {
                problems.add(Problem.on(field, "model.error.scoreRequired", c.name()));
            } else if (points < 0) {
                problems.add(Problem.on(field, "model.error.scoreNumber", c.name(), c.maxPoints()));
            } else if (points > c.maxPoints()) {
                problems.add(Problem.on(field, "model.error.scoreAboveMax", c.name(), c.maxPoints()));
            } else {
                scores.add(new Score(c.name(), c.maxPoints(), points));
                total += points;
            }
        }
        if (scores.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.of("model.error.noCriteria"));
        }
        return new Scoring(scores, total, problems);
    }

    /** The problems of the verdict: a result, a reason when not recognised, a year when recognised. */
    static List<Problem> checkVerdict(ModelStatus result, String reason, Integer recognitionYear, int currentYear) {
        List<Problem> problems = new ArrayList<>();
        if (result == null || !result.evaluated()) {
            problems.add(Problem.on("result", "model.error.resultRequired"));
        } else if (result == ModelStatus.NOT_RECOGNISED) {
            required(problems, "reason", reason, "model.error.reasonRequired");
        } else if (!yearAllowed(recognitionYear, currentYear)) {
            problems.add(Problem.on("recognitionYear", "model.error.year", FIRST_YEAR, currentYear));
        }
        return problems;
    }

    /** The problems of an evaluation as a whole: every score and the verdict. */
    static List<Problem> checkEvaluation(List<Criterion> criteria, EvaluationForm form, int currentYear) {
        List<Problem> problems = new ArrayList<>(score(criteria, form.scores()).problems());
        problems.addAll(checkVerdict(form.result(), form.reason(), form.recognitionYear(), currentYear));
        return problems;
    }

    private static void required(List<Problem> problems, String field, String value, String key) {
        if (TypedText.isBlank(value)) {
            problems.add(Problem.on(field, key));
        }
    }
}
