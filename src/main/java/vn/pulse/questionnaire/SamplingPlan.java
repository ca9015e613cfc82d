package vn.pulse.questionnaire;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How respondents are chosen, per questionnaire. Only a probability design lets statistics show
 * a margin of error; a non-probability sample is reported as counts and shares with that label.
 * With strata, statistics weighs a stratum's answers by N_h / n_h (population over sample) and
 * fieldwork uses the targets as quotas.
 *
 * @param stratifyBy {@link #AREA} or the name of a single-choice question; null without strata
 * @param clusterBy  the primary sampling unit, if clustered: {@link #AREA} or a question name; may be null
 * @param population N of a simple random sample (null otherwise)
 * @param target     n of a simple random sample (null otherwise)
 */
public record SamplingPlan(Design design, String stratifyBy, String clusterBy, Long population, Integer target,
        List<Stratum> strata) {

    public static final String AREA = "area";
    public static final SamplingPlan NONPROBABILITY = new SamplingPlan(Design.NONPROBABILITY, null, null, null, null,
            List.of());

    /** The design's word in the definition JSON is {@link #word()}. */
    public enum Design {
        SIMPLE, STRATIFIED, NONPROBABILITY;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Design> fromWord(String word) {
            for (Design d : values()) {
                if (d.word().equalsIgnoreCase(word == null ? "" : word.strip())) {
                    return Optional.of(d);
                }
            }
            return Optional.empty();
        }

        public String messageKey() {
            return "questionnaire.design." + word();
        }
    }

    /**
     * @param code       a choice name of the stratifying question, or an area code
     * @param population N_h, the stratum's population (required for probability designs)
     * @param target     n_h, the planned sample size (the quota)
     */
    public record Stratum(String code, Long population, int target) {
        public Stratum {
            code = code == null ? "" : code.strip();
        }
    }

    public SamplingPlan {
        design = design == null ? Design.NONPROBABILITY : design;
        stratifyBy = Question.blankToNull(stratifyBy);
        clusterBy = Question.blankToNull(clusterBy);
        strata = strata == null ? List.of() : List.copyOf(strata);
    }

    public boolean isProbability() {
        return design != Design.NONPROBABILITY;
    }

    public boolean isStratified() {
        return stratifyBy != null;
    }
}
