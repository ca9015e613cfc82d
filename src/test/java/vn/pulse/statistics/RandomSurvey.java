package vn.pulse.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A random survey for property tests: 2–4 strata, 2–5 PSUs each (clusters of 1–6 respondents,
 * or respondents themselves), weights between 1 and 60, a 1..5 scale answer with some missing,
 * a single-choice answer, a domain label, sex and age for calibration.
 */
record RandomSurvey(Design design, List<SampleUnit> units, double[] scale, String[] choice, String[] domain,
                    String[] sex, String[] age) {

    static final List<String> OPTIONS = List.of("a", "b", "c", "d");

    static RandomSurvey of(long seed, boolean clustered, boolean withFpc) {
        Random random = new Random(seed);
        int strata = 2 + random.nextInt(3);
        List<SampleUnit> units = new ArrayList<>();
        Map<String, Double> population = new HashMap<>();
        for (int h = 0; h < strata; h++) {
            int psus = 2 + random.nextInt(4);
            int elements = 0;
            for (int c = 0; c < psus; c++) {
                int size = clustered ? 1 + random.nextInt(6) : 1;
                double clusterWeight = 1 + 59 * random.nextDouble();
                for (int i = 0; i < size; i++) {
                    units.add(new SampleUnit("S" + h, "C" + c, clusterWeight * (0.8 + 0.4 * random.nextDouble())));
                    elements++;
                }
            }
            population.put("S" + h, (double) (clustered ? psus : elements) + random.nextInt(50));
        }
        Map<String, Double> sizes = withFpc ? population : Map.of();
        Design design = clustered ? Design.cluster(sizes) : Design.stratified(sizes);
        int n = units.size();
        double[] scale = new double[n];
        String[] choice = new String[n];
        String[] domain = new String[n];
        String[] sex = new String[n];
        String[] age = new String[n];
        for (int i = 0; i < n; i++) {
            scale[i] = random.nextDouble() < 0.1 ? Double.NaN : 1 + random.nextInt(5);
            choice[i] = random.nextDouble() < 0.1 ? null : OPTIONS.get(random.nextInt(OPTIONS.size()));
            domain[i] = random.nextBoolean() ? "x" : "y";
            sex[i] = i % 2 == 0 ? "m" : "f";
            age[i] = List.of("young", "middle", "old").get(i % 3);
        }
        return new RandomSurvey(design, units, scale, choice, domain, sex, age);
    }

    Sample sample() {
        return Sample.of(design, units);
    }
}
