package vn.danvan.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.danvan.model.ModelViews.Criterion;
import vn.danvan.model.ModelViews.ResultLine;
import vn.danvan.model.ModelViews.Score;

/** The rules of a registration and of an evaluation, without the database. */
final class ModelRules {

    static final int FIRST_YEAR = 2000;
    static final int MAX_LINES = 20;

    private ModelRules() {
    }

    /** The problems of a registration form, none when it may be saved. */
    static List<Problem> checkRegistration(ModelForm form, int currentYear) {
        List<Problem> problems = new ArrayList<>();
        if (form.kind() == null) {
            problems.add(new Problem("kind", "model.error.kindRequired"));
            return problems;
        }
        boolean person = form.kind() == EntryKind.PERSON;
        required(problems, "name", form.name(), 300, person ? "model.error.fullNameRequired" : "model.error.nameRequired");
        if (!person && form.field() == null) {
            problems.add(new Problem("field", "model.error.fieldRequired"));
        }
        if (year(form.year(), currentYear) == null) {
            problems.add(new Problem("year", "model.error.year", FIRST_YEAR, currentYear));
        }
        required(problems, "description", form.description(), 8000,
                person ? "model.error.achievementsRequired" : "model.error.descriptionRequired");
        tooLong(problems, "results", form.results(), 8000);
        tooLong(problems, "peopleInvolved", form.peopleInvolved(), 2000);
        if (person) {
            required(problems, "positionRole", form.positionRole(), 300, "model.error.positionRequired");
            required(problems, "area", form.area(), 300, "model.error.areaRequired");
        } else {
            resultLines(form.resultLines(), problems);
        }
        return problems;
    }

    /** The year typed, when it is a whole number from {@value #FIRST_YEAR} to next year; else null. */
    static Integer year(String typed, int currentYear) {
        if (typed == null || !typed.strip().matches("\\d{4}")) {
            return null;
        }
        int year = Integer.parseInt(typed.strip());
        return year >= FIRST_YEAR && year <= currentYear + 1 ? year : null;
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
                problems.add(new Problem("resultLines", "model.error.resultLine", number));
                continue;
            }
            lines.add(new ResultLine(label, amount, unit.isEmpty() ? null : unit));
        }
        if (lines.size() > MAX_LINES) {
            problems.add(new Problem("resultLines", "model.error.tooManyLines", MAX_LINES));
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

    /**
     * A whole number of points from 0 to the criterion's maximum for every active criterion;
     * the total is their sum.
     */
    static Scoring score(List<Criterion> criteria, Map<Long, String> typed) {
        List<Problem> problems = new ArrayList<>();
        List<Score> scores = new ArrayList<>();
        int total = 0;
        for (Criterion c : criteria) {
            if (!c.active()) {
                continue;
            }
            String field = "score-" + c.id();
            String value = typed.get(c.id());
            if (value == null || value.isBlank()) {
                problems.add(new Problem(field, "model.error.scoreRequired", c.name()));
            } else if (!value.strip().matches("\\d{1,4}")) {
                problems.add(new Problem(field, "model.error.scoreNumber", c.name(), c.maxPoints()));
            } else {
                int points = Integer.parseInt(value.strip());
                if (points > c.maxPoints()) {
                    problems.add(new Problem(field, "model.error.scoreAboveMax", c.name(), c.maxPoints()));
                } else {
                    scores.add(new Score(c.name(), c.maxPoints(), points));
                    total += points;
                }
            }
        }
        if (scores.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(null, "model.error.noCriteria"));
        }
        return new Scoring(scores, total, problems);
    }

    /** The problems of the verdict: a result, a reason when not recognised, a year when recognised. */
    static List<Problem> checkVerdict(ModelStatus result, String reason, String recognitionYear, String comment,
            int currentYear) {
        List<Problem> problems = new ArrayList<>();
        if (result == null || !result.evaluated()) {
            problems.add(new Problem("result", "model.error.resultRequired"));
        } else if (result == ModelStatus.NOT_RECOGNISED) {
            required(problems, "reason", reason, 4000, "model.error.reasonRequired");
        } else if (year(recognitionYear, currentYear) == null) {
            problems.add(new Problem("recognitionYear", "model.error.year", FIRST_YEAR, currentYear));
        }
        tooLong(problems, "comment", comment, 4000);
        return problems;
    }

    private static void required(List<Problem> problems, String field, String value, int max, String key) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, key));
        } else {
            tooLong(problems, field, value, max);
        }
    }

    private static void tooLong(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(new Problem(field, "model.error.tooLong", max));
        }
    }
}
