package vn.pulse.questionnaire;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Orders questions so each comes after the questions its relevance and calculation read, keeping
 * form order where the dependencies allow (Kahn's algorithm, the lowest form position first).
 * Questions caught in a cycle are reported once per cycle and appended in form order.
 */
final class EvaluationOrder {

    private final List<Question> inFormOrder;
    private final Map<String, Integer> position = new HashMap<>();
    private final Map<String, Set<String>> dependencies = new HashMap<>();

    EvaluationOrder(Map<String, Question> questions, Function<Question, Set<String>> dependenciesOf) {
        this.inFormOrder = List.copyOf(questions.values());
        for (Question q : inFormOrder) {
            position.put(q.name(), position.size());
        }
        for (Question q : inFormOrder) {
            Set<String> known = new LinkedHashSet<>(dependenciesOf.apply(q));
            known.retainAll(position.keySet());
            dependencies.put(q.name(), known);
        }
    }

    List<Question> sort(List<FormProblem> problems) {
        Map<String, Integer> waitingOn = new HashMap<>();
        Map<String, List<String>> dependents = new HashMap<>();
        TreeSet<Integer> ready = new TreeSet<>();
        for (Question q : inFormOrder) {
            Set<String> deps = dependencies.get(q.name());
            waitingOn.put(q.name(), deps.size());
            deps.forEach(d -> dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(q.name()));
            if (deps.isEmpty()) {
                ready.add(position.get(q.name()));
            }
        }
        List<Question> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            Question q = inFormOrder.get(ready.pollFirst());
            order.add(q);
            for (String dependent : dependents.getOrDefault(q.name(), List.of())) {
                if (waitingOn.merge(dependent, -1, Integer::sum) == 0) {
                    ready.add(position.get(dependent));
                }
            }
        }
        if (order.size() < inFormOrder.size()) {
            reportCycles(waitingOn, problems);
            inFormOrder.stream().filter(q -> waitingOn.get(q.name()) > 0).forEach(order::add);
        }
        return order;
    }

    /** Finds one cycle through each still-blocked question and names it, e.g. "a → b → a". */
    private void reportCycles(Map<String, Integer> waitingOn, List<FormProblem> problems) {
        Set<String> reported = new HashSet<>();
        for (Question q : inFormOrder) {
            if (waitingOn.get(q.name()) == 0 || reported.contains(q.name())) {
                continue;
            }
            List<String> cycle = cycleFrom(q.name(), waitingOn);
            if (!cycle.isEmpty() && cycle.stream().noneMatch(reported::contains)) {
                reported.addAll(cycle);
                String path = String.join(" → ", cycle) + " → " + cycle.getFirst();
                Question first = inFormOrder.get(position.get(cycle.getFirst()));
                String field = first.calculation() != null ? FormCompiler.CALCULATION : FormCompiler.RELEVANT;
                problems.add(FormProblem.of(first.name(), field, "cycle", path));
            }
        }
    }

    /** Walks blocked dependencies from a question until a name repeats; returns that loop. */
    private List<String> cycleFrom(String start, Map<String, Integer> waitingOn) {
        Deque<String> path = new ArrayDeque<>();
        Set<String> onPath = new HashSet<>();
        String current = start;
        while (current != null && onPath.add(current)) {
            path.addLast(current);
            current = dependencies.get(current).stream().filter(d -> waitingOn.get(d) > 0).findFirst().orElse(null);
        }
        if (current == null) {
            return List.of();
        }
        List<String> loop = new ArrayList<>(path);
        return loop.subList(loop.indexOf(current), loop.size());
    }
}
