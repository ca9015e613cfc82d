package vn.pulse.questionnaire;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.pulse.questionnaire.SamplingPlan.Design;
import vn.pulse.questionnaire.SamplingPlan.Stratum;

/**
 * A sampling plan statistics can rely on: a probability design has population sizes and targets
 * no larger than them; strata are the choices of a single-choice question or areas (whether the
 * area codes exist is checked by the service, which knows the area tree).
 */
final class SamplingPlanCheck {

    private SamplingPlanCheck() {
    }

    static void check(FormDefinition form, Map<String, Question> questions, List<FormProblem> problems) {
        SamplingPlan plan = form.samplingPlan();
        String subject = form.code();
        if (plan.design() == Design.SIMPLE && (plan.target() == null || plan.target() < 1
                || plan.population() != null && plan.population() < plan.target())) {
            problems.add(FormProblem.of(subject, "sampling", "plan_target_invalid", "—"));
        }
        if (plan.design() == Design.STRATIFIED && !plan.isStratified()) {
            problems.add(FormProblem.of(subject, "sampling", "plan_stratify_missing"));
        }
        if (plan.clusterBy() != null && !SamplingPlan.AREA.equals(plan.clusterBy())
                && !questions.containsKey(plan.clusterBy())) {
            problems.add(FormProblem.of(subject, "sampling", "plan_cluster_unknown", plan.clusterBy()));
        }
        if (!plan.isStratified()) {
            if (!plan.strata().isEmpty()) {
                problems.add(FormProblem.of(subject, "sampling", "plan_stratify_missing"));
            }
            return;
        }
        Set<String> allowed = null;
        if (!SamplingPlan.AREA.equals(plan.stratifyBy())) {
            Question by = questions.get(plan.stratifyBy());
            if (by == null || by.type() != QuestionType.SELECT_ONE) {
                problems.add(FormProblem.of(subject, "sampling", "plan_stratify_unknown", plan.stratifyBy()));
                return;
            }
            allowed = new HashSet<>(by.choices().stream().map(Choice::name).toList());
        }
        strata(plan, allowed, subject, problems);
    }

    private static void strata(SamplingPlan plan, Set<String> allowed, String subject, List<FormProblem> problems) {
        if (plan.strata().isEmpty()) {
            problems.add(FormProblem.of(subject, "sampling", "plan_strata_missing"));
        }
        Set<String> seen = new HashSet<>();
        for (Stratum s : plan.strata()) {
            if (!seen.add(s.code())) {
                problems.add(FormProblem.ofChoice(subject, "sampling", s.code(), "plan_stratum_duplicate", s.code()));
            }
            if (allowed != null && !allowed.contains(s.code())) {
                problems.add(FormProblem.ofChoice(subject, "sampling", s.code(), "plan_stratum_unknown", s.code(),
                        plan.stratifyBy()));
            }
            boolean needsPopulation = plan.isProbability();
            if (s.target() < 1 || needsPopulation && (s.population() == null || s.population() < s.target())
                    || s.population() != null && s.population() < 0) {
                problems.add(FormProblem.ofChoice(subject, "sampling", s.code(), "plan_target_invalid", s.code()));
            }
        }
    }
}
