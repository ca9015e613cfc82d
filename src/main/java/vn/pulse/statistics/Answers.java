package vn.pulse.statistics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/** One question's answers, one entry per respondent of a {@link Sample}, in its order. */
public sealed interface Answers permits Answers.Numeric, Answers.SingleChoice, Answers.MultipleChoice {

    /** How many respondents the answers cover. */
    int size();

    /** A number or a point on a scale per respondent; null is no answer. */
    record Numeric(List<Double> values) implements Answers {
        public Numeric {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }

        @Override
        public int size() {
            return values.size();
        }

        double[] asArray() {
            return values.stream().mapToDouble(v -> v == null ? Double.NaN : v).toArray();
        }
    }

    /**
     * The option each respondent chose (null: no answer), and every option in display order;
     * the shares of the options add up to 1.
     */
    record SingleChoice(List<String> choices, List<String> options) implements Answers {
        public SingleChoice {
            choices = Collections.unmodifiableList(new ArrayList<>(choices));
            options = List.copyOf(options);
        }

        @Override
        public int size() {
            return choices.size();
        }
    }

    /**
     * The options each respondent ticked (null: no answer; empty: answered, ticked none), and
     * every option in display order; each option's share is among those who answered.
     */
    record MultipleChoice(List<Set<String>> selected, List<String> options) implements Answers {
        public MultipleChoice {
            selected = Collections.unmodifiableList(new ArrayList<>(selected));
            options = List.copyOf(options);
        }

        @Override
        public int size() {
            return selected.size();
        }
    }
}
