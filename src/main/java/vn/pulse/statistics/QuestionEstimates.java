package vn.pulse.statistics;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import vn.pulse.base.DomainException;

/**
 * A question's estimates by group and period, as the estimates API returns them: means for
 * numeric questions, shares of every option for choice questions (proportions 0..1), each with
 * standard error, interval and design effect, under the small-cell rule.
 */
public final class QuestionEstimates {

    /** Vietnamese alphabetical order; distinct labels never collapse into one. */
    private static final Comparator<String> VIETNAMESE = Comparator.<String, String>comparing(s -> s,
            Collator.getInstance(Locale.forLanguageTag("vi-VN"))::compare).thenComparing(Comparator.naturalOrder());

    private final Estimator estimator;
    private final DisclosureControl disclosure;

    public QuestionEstimates(EstimationOptions options) {
        this.estimator = new Estimator(options);
        this.disclosure = new DisclosureControl(options.minCellSize());
    }

    /**
     * The estimates of one question. To restrict them to the caller's area, give respondents
     * outside it a null {@code by} label; never leave them out of the {@link Sample}: domain
     * variances need the whole design (every PSU of every stratum).
     *
     * @param by      each respondent's group label (e.g. area code), or null for no grouping;
     *                respondents with a null label are in no group
     * @param periods each respondent's period label, or null for no periods
     * @return groups ordered by label (Vietnamese collation), then period label
     */
    public EstimateTable estimate(Sample sample, Answers answers, List<String> by, List<String> periods) {
        sample.checkAligned(answers.size());
        boolean[] answered = answered(answers);
        List<String> groups = labels(by, answered, sample.size());
        List<String> times = labels(periods, answered, sample.size());
        List<EstimateTable.Group> result = new ArrayList<>();
        for (String group : groups) {
            for (String time : times) {
                boolean[] domain = new boolean[sample.size()];
                long n = 0;
                for (int i = 0; i < domain.length; i++) {
                    domain[i] = matches(by, i, group) && matches(periods, i, time);
                    n += domain[i] && answered[i] ? 1 : 0;
                }
                if (n > 0) {
                    result.add(group(sample, answers, domain, group, time, n));
                }
            }
        }
        return new EstimateTable(sample.summary(), result);
    }

    private EstimateTable.Group group(Sample sample, Answers answers, boolean[] domain, String by, String period,
                                      long n) {
        Map<String, Estimate> byOption = switch (answers) {
            case Answers.Numeric numeric -> java.util.Collections.singletonMap(null,
                    estimator.mean(sample, numeric.asArray(), domain));
            case Answers.SingleChoice single -> estimator.shares(sample, single.choices().toArray(String[]::new),
                    single.options(), domain);
            case Answers.MultipleChoice multiple -> estimator.optionShares(sample, multiple.selected(),
                    multiple.options(), domain);
        };
        boolean hidden = disclosure.hides(n);
        List<EstimateTable.OptionEstimate> estimates = new ArrayList<>();
        byOption.forEach((option, estimate) -> estimates.add(new EstimateTable.OptionEstimate(option,
                hidden ? Estimate.suppressed(estimate.probabilitySample()) : estimate)));
        return new EstimateTable.Group(by, period, hidden ? null : n, estimates);
    }

    private static boolean[] answered(Answers answers) {
        boolean[] answered = new boolean[answers.size()];
        for (int i = 0; i < answered.length; i++) {
            answered[i] = switch (answers) {
                case Answers.Numeric numeric -> numeric.values().get(i) != null && !numeric.values().get(i).isNaN();
                case Answers.SingleChoice single -> single.choices().get(i) != null;
                case Answers.MultipleChoice multiple -> multiple.selected().get(i) != null;
            };
        }
        return answered;
    }

    private static List<String> labels(List<String> labels, boolean[] answered, int size) {
        if (labels == null) {
            return java.util.Collections.singletonList(null);
        }
        if (labels.size() != size) {
            throw DomainException.invalid("misaligned_variable", "statistics.error.misalignedVariable", labels.size(),
                    size);
        }
        TreeSet<String> present = new TreeSet<>(VIETNAMESE);
        for (int i = 0; i < size; i++) {
            if (answered[i] && labels.get(i) != null) {
                present.add(labels.get(i));
            }
        }
        return new ArrayList<>(present);
    }

    private static boolean matches(List<String> labels, int i, String label) {
        return labels == null || Objects.equals(labels.get(i), label) && label != null;
    }
}
