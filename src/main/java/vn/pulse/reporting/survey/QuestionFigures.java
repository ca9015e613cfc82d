package vn.pulse.reporting.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.pulse.questionnaire.Choice;
import vn.pulse.questionnaire.Question;
import vn.pulse.questionnaire.QuestionType;
import vn.pulse.statistics.Difference;
import vn.pulse.statistics.EstimationOptions;
import vn.pulse.statistics.Estimate;
import vn.pulse.statistics.Estimator;
import vn.pulse.statistics.GroupComparison;

/**
 * The estimates of one question in each wave and their difference: shares of each option of a
 * choice question, the mean and the top-two-box share of a Likert scale, the mean of a number
 * and of each matrix item. Every estimate passes the small-cell rule of the options.
 */
final class QuestionFigures {

    /**
     * One line of a question's table.
     *
     * @param percent whether the estimates are shares (written as percentages, differences in
     *                percentage points)
     * @param before  the earlier wave's estimate, null without one
     * @param change  after − before, null without an earlier wave
     */
    record Line(String label, boolean percent, Estimate before, Estimate after, Difference change) {
    }

    private final Estimator estimator;
    private final GroupComparison comparison;

    QuestionFigures(EstimationOptions options) {
        this.estimator = new Estimator(options);
        this.comparison = new GroupComparison(options);
    }

    /** Whether the report has a table for this kind of question (not text, dates, areas or notes). */
    static boolean estimated(Question q) {
        return switch (q.type()) {
            case SELECT_ONE, SELECT_MULTIPLE, LIKERT, RATING, INTEGER, DECIMAL, MATRIX -> true;
            default -> false;
        };
    }

    List<Line> lines(Question q, Waves waves, SurveyResponses.Data data, boolean compare) {
        List<Line> lines = new ArrayList<>();
        switch (q.type()) {
            case SELECT_ONE -> {
                String[] chosen = new String[waves.size()];
                for (int m = 0; m < chosen.length; m++) {
                    List<SurveyResponses.Value> values = values(waves, data, m, q);
                    chosen[m] = values.isEmpty() ? null : values.getFirst().choice();
                }
                List<String> options = q.choices().stream().map(Choice::name).toList();
                Map<String, Estimate> after = estimator.shares(waves.sample, chosen, options, waves.of(Waves.AFTER));
                Map<String, Estimate> before = compare
                        ? estimator.shares(waves.sample, chosen, options, waves.of(Waves.BEFORE)) : null;
                for (Choice option : q.choices()) {
                    double[] indicator = new double[chosen.length];
                    for (int m = 0; m < chosen.length; m++) {
                        indicator[m] = chosen[m] == null ? Double.NaN : option.name().equals(chosen[m]) ? 1 : 0;
                    }
                    lines.add(line(label(option), true, before == null ? null : before.get(option.name()),
                            after.get(option.name()), compare ? share(waves, indicator) : null));
                }
            }
            case SELECT_MULTIPLE -> {
                List<Set<String>> ticked = new ArrayList<>();
                for (int m = 0; m < waves.size(); m++) {
                    List<SurveyResponses.Value> values = values(waves, data, m, q);
                    Set<String> set = new HashSet<>();
                    values.forEach(v -> set.add(v.choice()));
                    ticked.add(values.isEmpty() ? null : set);
                }
                for (Choice option : q.choices()) {
                    double[] indicator = new double[ticked.size()];
                    for (int m = 0; m < indicator.length; m++) {
                        indicator[m] = ticked.get(m) == null ? Double.NaN : ticked.get(m).contains(option.name()) ? 1 : 0;
                    }
                    lines.add(line(label(option), true,
                            compare ? estimator.proportion(waves.sample, indicator, waves.of(Waves.BEFORE)) : null,
                            estimator.proportion(waves.sample, indicator, waves.of(Waves.AFTER)),
                            compare ? share(waves, indicator) : null));
                }
            }
            case LIKERT -> {
                double[] scale = numbers(waves, data, q, null);
                int k = q.choices().size();
                lines.add(mean(waves, scale, SurveyText.text("reporting.survey.mean", k), compare));
                if (k < 2) {
                    break;
                }
                double[] top = new double[scale.length];
                for (int m = 0; m < top.length; m++) {
                    top[m] = Double.isNaN(scale[m]) ? Double.NaN : scale[m] >= k - 1 ? 1 : 0;
                }
                String label = SurveyText.text("reporting.survey.topBox", label(q.choices().get(k - 2)),
                        label(q.choices().get(k - 1)));
                lines.add(line(label, true, compare ? estimator.proportion(waves.sample, top, waves.of(Waves.BEFORE)) : null,
                        estimator.proportion(waves.sample, top, waves.of(Waves.AFTER)), compare ? share(waves, top) : null));
            }
            case RATING, INTEGER, DECIMAL -> lines.add(mean(waves, numbers(waves, data, q, null),
                    SurveyText.text("reporting.survey.meanValue"), compare));
            case MATRIX -> q.items().forEach(item -> lines.add(mean(waves, numbers(waves, data, q, item.name()),
                    label(item), compare)));
            default -> { }
        }
        return lines;
    }

    /** The share of 1s among those with a value in a wave, for trend charts. */
    Estimate share(Waves waves, double[] indicator, boolean[] domain) {
        return estimator.proportion(waves.sample, indicator, domain);
    }

    private Line mean(Waves waves, double[] values, String label, boolean compare) {
        return line(label, false, compare ? estimator.mean(waves.sample, values, waves.of(Waves.BEFORE)) : null,
                estimator.mean(waves.sample, values, waves.of(Waves.AFTER)),
                compare ? comparison.means(waves.sample, values, waves.of(Waves.BEFORE), waves.of(Waves.AFTER)) : null);
    }

    private Difference share(Waves waves, double[] indicator) {
        return comparison.proportions(waves.sample, indicator, waves.of(Waves.BEFORE), waves.of(Waves.AFTER));
    }

    /**
     * A line whose change is withheld whenever either wave's figure is: a shown change next to a
     * shown figure would give the withheld one away (secondary suppression of a share included).
     */
    private static Line line(String label, boolean percent, Estimate before, Estimate after, Difference change) {
        boolean hidden = change != null && (before == null || before.suppressed() || after.suppressed());
        return new Line(label, percent, before, after, hidden ? withheld(change) : change);
    }

    private static Difference withheld(Difference d) {
        double nan = Double.NaN;
        return new Difference(d.reference(), d.comparison(), nan, nan, nan, nan, nan, nan, nan, true);
    }

    /** The numbers of a question (or a matrix item's positions) per member; NaN where none. */
    static double[] numbers(Waves waves, SurveyResponses.Data data, Question q, String item) {
        double[] values = new double[waves.size()];
        for (int m = 0; m < values.length; m++) {
            values[m] = Double.NaN;
            for (SurveyResponses.Value v : values(waves, data, m, q)) {
                if ((item == null || item.equals(v.item())) && v.number() != null) {
                    values[m] = v.number();
                }
            }
        }
        return values;
    }

    private static List<SurveyResponses.Value> values(Waves waves, SurveyResponses.Data data, int member, Question q) {
        return data.answers().get(waves.members.get(member)).getOrDefault(q.name(), List.of());
    }

    static String label(Choice choice) {
        return choice.label().in("vi", "vi").isEmpty() ? choice.name() : choice.label().in("vi", "vi");
    }

    static boolean isLikert(Question q) {
        return q.type() == QuestionType.LIKERT && q.choices().size() >= 2;
    }
}
