package vn.pulse.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How long the engine takes on a survey of realistic size (not a test: speed goals are measured
 * here, never asserted). Run with the test classpath:
 * {@code java -cp target/classes:target/test-classes:<deps> vn.pulse.statistics.StatisticsBenchmark [respondents]}.
 */
public final class StatisticsBenchmark {

    private StatisticsBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Random random = new Random(1);
        List<SampleUnit> units = new ArrayList<>();
        String[] choice = new String[n];
        String[] province = new String[n];
        double[] scale = new double[n];
        Map<String, List<String>> vectors = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            int p = random.nextInt(34);
            province[i] = "P" + p;
            units.add(new SampleUnit(province[i], "C" + random.nextInt(40), 50 + 100 * random.nextDouble()));
            scale[i] = 1 + random.nextInt(5);
            choice[i] = "o" + random.nextInt(6);
            List<String> answers = new ArrayList<>();
            for (int q = 0; q < 20; q++) {
                answers.add(String.valueOf(Math.min(4, (int) Math.abs(random.nextGaussian() * 1.5))));
            }
            vectors.put("r" + i, answers);
        }
        Sample sample = Sample.of(Design.cluster(), units);
        Estimator estimator = new Estimator();
        List<String> options = List.of("o0", "o1", "o2", "o3", "o4", "o5");
        time("mean, whole sample", () -> estimator.mean(sample, scale, null));
        time("shares by 34 provinces", () -> new QuestionEstimates(EstimationOptions.DEFAULT)
                .estimate(sample, new Answers.SingleChoice(Arrays.asList(choice), options), Arrays.asList(province), null));
        time("Rao-Scott 6 x 34", () -> RaoScott.association(sample, choice, province));
        time("raking to 2 margins", () -> Raking.apply(sample, List.of(
                new RakingMargin("province", Arrays.asList(province), populations(province)),
                new RakingMargin("choice", Arrays.asList(choice), populations(choice))), RakingControl.DEFAULT));
        time("near-duplicates, 20 questions", () -> new NearDuplicateDetector(0.95, 10).detect(vectors).size());
    }

    private static Map<String, Double> populations(String[] labels) {
        Map<String, Double> counts = new LinkedHashMap<>();
        for (String label : labels) {
            counts.merge(label, 1000.0, Double::sum);
        }
        return counts;
    }

    private static void time(String what, java.util.function.Supplier<Object> work) {
        work.get();
        long start = System.nanoTime();
        Object result = work.get();
        System.out.printf("%-32s %8.0f ms  %s%n", what, (System.nanoTime() - start) / 1e6,
                result instanceof Number ? result : "");
    }
}
