package vn.pulse.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.pulse.base.DomainException;

/**
 * Respondents placed in a sampling {@link Design}: their strata, primary sampling units and
 * weights, plus any calibrations applied to the weights. Immutable; weighting steps return new
 * samples. Variables (answers, domains, periods) are arrays aligned with the respondents' order.
 */
public final class Sample {

    private final Design design;
    private final List<String> strata;
    private final int[] stratumOf;
    private final int[] psuOf;
    private final String[] psuNames;
    private final int[] psuStratum;
    private final Map<String, StratumFrame> frames;
    private final double[] weights;
    private final List<Calibration> calibrations;
    private final List<WeightingMethod> weighting;

    private Sample(Sample base, double[] weights, List<Calibration> calibrations, List<WeightingMethod> weighting) {
        this.design = base.design;
        this.strata = base.strata;
        this.stratumOf = base.stratumOf;
        this.psuOf = base.psuOf;
        this.psuNames = base.psuNames;
        this.psuStratum = base.psuStratum;
        this.frames = base.frames;
        this.weights = weights;
        this.calibrations = List.copyOf(calibrations);
        this.weighting = List.copyOf(weighting);
    }

    private Sample(Design design, List<SampleUnit> units) {
        this.design = design;
        int size = units.size();
        Map<String, Integer> strataIndex = new LinkedHashMap<>();
        Map<String, Integer> psuIndex = new HashMap<>();
        List<String> names = new ArrayList<>();
        List<Integer> psuStrata = new ArrayList<>();
        this.stratumOf = new int[size];
        this.psuOf = new int[size];
        this.weights = new double[size];
        boolean allOne = true;
        for (int i = 0; i < size; i++) {
            SampleUnit unit = Objects.requireNonNull(units.get(i), "unit");
            String stratum = stratumName(design, unit);
            stratumOf[i] = strataIndex.computeIfAbsent(stratum, s -> strataIndex.size());
            String cluster = design.type().isClustered() ? clusterName(unit, i) : null;
            String key = cluster == null ? null : stratum + '\u0000' + cluster;
            psuOf[i] = key == null ? names.size() : psuIndex.computeIfAbsent(key, k -> names.size());
            if (psuOf[i] == names.size()) {
                names.add(cluster);
                psuStrata.add(stratumOf[i]);
            }
            weights[i] = validWeight(unit.weight(), i);
            allOne &= weights[i] == 1;
        }
        this.strata = List.copyOf(strataIndex.keySet());
        this.psuNames = names.toArray(String[]::new);
        this.psuStratum = psuStrata.stream().mapToInt(Integer::intValue).toArray();
        this.frames = buildFrames();
        this.calibrations = List.of();
        this.weighting = List.of(allOne ? WeightingMethod.NONE : WeightingMethod.DESIGN);
    }

    /** Places {@code units} (in their order) in {@code design}; checks strata, clusters and weights. */
    public static Sample of(Design design, List<SampleUnit> units) {
        Objects.requireNonNull(design, "design");
        if (units == null || units.isEmpty()) {
            throw DomainException.invalid("empty_sample", "statistics.error.emptySample");
        }
        return new Sample(design, units);
    }

    private static String stratumName(Design design, SampleUnit unit) {
        if (!design.usesStrata()) {
            return Design.WHOLE_POPULATION;
        }
        if (unit.stratum() == null) {
            if (design.type() == DesignType.STRATIFIED) {
                throw DomainException.invalid("missing_stratum", "statistics.error.missingStratum");
            }
            return Design.WHOLE_POPULATION;
        }
        return unit.stratum();
    }

    private static String clusterName(SampleUnit unit, int index) {
        if (unit.cluster() == null || unit.cluster().isBlank()) {
            throw DomainException.invalid("missing_cluster", "statistics.error.missingCluster", index + 1);
        }
        return unit.cluster();
    }

    private static double validWeight(double weight, int index) {
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw DomainException.invalid("invalid_weight", "statistics.error.invalidWeight", index + 1, weight);
        }
        return weight;
    }

    private Map<String, StratumFrame> buildFrames() {
        long[] sampled = new long[strata.size()];
        for (int stratum : psuStratum) {
            sampled[stratum]++;
        }
        Map<String, StratumFrame> result = new LinkedHashMap<>();
        for (int h = 0; h < sampled.length; h++) {
            String name = strata.get(h);
            result.put(name, new StratumFrame(name, sampled[h], design.populationSize(name)));
        }
        return Map.copyOf(result);
    }

    /** The same respondents with new weights and, when given, one more calibration. */
    Sample reweighted(double[] newWeights, Calibration calibration, WeightingMethod method) {
        List<Calibration> nextCalibrations = new ArrayList<>(calibrations);
        if (calibration != null) {
            nextCalibrations.add(calibration);
        }
        List<WeightingMethod> steps = new ArrayList<>(weighting);
        steps.remove(WeightingMethod.NONE);
        if (steps.isEmpty() || steps.getLast() != method) {
            steps.add(method);
        }
        return new Sample(this, newWeights.clone(), nextCalibrations, steps);
    }

    /** The same design with every weight 1 and no calibration (unweighted estimates). */
    public Sample unweighted() {
        double[] ones = new double[weights.length];
        Arrays.fill(ones, 1);
        return new Sample(this, ones, List.of(), List.of(WeightingMethod.NONE));
    }

    /**
     * The sufficient statistics of {@code values} over the respondents with {@code include}
     * true and a value (NaN is no answer): per cluster for cluster designs, per stratum for the
     * others. Every estimate of a mean, share or total from raw rows goes through these sums.
     */
    public SufficientStatistics sums(double[] values, boolean[] include) {
        checkAligned(values.length);
        checkAligned(include.length);
        int groups = design.type().isClustered() ? psuNames.length : strata.size();
        double[][] acc = new double[groups][8];
        for (int i = 0; i < values.length; i++) {
            if (include[i] && !Double.isNaN(values[i])) {
                double y = values[i];
                double w = weights[i];
                double[] a = acc[design.type().isClustered() ? psuOf[i] : stratumOf[i]];
                a[0]++;
                a[1] += y;
                a[2] += w;
                a[3] += w * y;
                a[4] += w * y * y;
                a[5] += w * w;
                a[6] += w * w * y;
                a[7] += w * w * y * y;
            }
        }
        List<PsuSums> cells = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            double[] a = acc[g];
            if (a[0] > 0) {
                boolean cluster = design.type().isClustered();
                String stratum = strata.get(cluster ? psuStratum[g] : g);
                cells.add(new PsuSums(stratum, cluster ? psuNames[g] : null, (long) a[0], a[1], a[2], a[3], a[4],
                        a[5], a[6], a[7]));
            }
        }
        return new SufficientStatistics(design.type(), design.lonelyPsu(), frames, cells);
    }

    /**
     * R's {@code degf} of the subset of respondents with {@code include} true: their PSUs minus
     * their strata.
     */
    long degreesOfFreedom(boolean[] include) {
        checkAligned(include.length);
        java.util.BitSet psus = new java.util.BitSet();
        java.util.BitSet strataSeen = new java.util.BitSet();
        for (int i = 0; i < include.length; i++) {
            if (include[i]) {
                psus.set(psuOf[i]);
                strataSeen.set(stratumOf[i]);
            }
        }
        return psus.cardinality() - (long) strataSeen.cardinality();
    }

    void checkAligned(int length) {
        if (length != weights.length) {
            throw DomainException.invalid("misaligned_variable", "statistics.error.misalignedVariable", length,
                    weights.length);
        }
    }

    public Design design() {
        return design;
    }

    public int size() {
        return weights.length;
    }

    /** The respondents' current weights, in sample order. */
    public double[] weights() {
        return weights.clone();
    }

    double weight(int unit) {
        return weights[unit];
    }

    /** The weighting steps that produced the weights, in order. */
    public List<WeightingMethod> weighting() {
        return weighting;
    }

    /** The design's type, weighting and whether margins of error may be shown. */
    public DesignSummary summary() {
        return new DesignSummary(design.type(), weighting, design.isProbability());
    }

    /** Per stratum: sampled PSUs and population size, as the variance needs them. */
    public Map<String, StratumFrame> frames() {
        return frames;
    }

    List<String> strata() {
        return strata;
    }

    int stratumOf(int unit) {
        return stratumOf[unit];
    }

    int psuOf(int unit) {
        return psuOf[unit];
    }

    int psuCount() {
        return psuNames.length;
    }

    int psuStratum(int psu) {
        return psuStratum[psu];
    }

    List<Calibration> calibrations() {
        return calibrations;
    }

    boolean isCalibrated() {
        return !calibrations.isEmpty();
    }
}
