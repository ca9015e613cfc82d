package vn.pulse.statistics;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import vn.pulse.base.DomainException;

/**
 * A confidence interval for a plain count or share, where no survey design is involved: e.g.
 * the opinion streams reported in a week and the share of them that is negative.
 *
 * @param low  lower end
 * @param high upper end
 */
public record CountInterval(double low, double high) {

    /**
     * The exact (Garwood 1936) interval of a Poisson mean from one observed count x:
     * [χ²_{α/2}(2x)/2, χ²_{1−α/2}(2x + 2)/2], with 0 as the lower end when x = 0.
     * R: {@code poisson.test(x, conf.level = level)$conf.int}.
     */
    public static CountInterval poisson(long count, double level) {
        checkLevel(level);
        if (count < 0) {
            throw DomainException.invalid("count_out_of_range", "statistics.error.countOutOfRange", count, "∞");
        }
        double alpha = 1 - level;
        double low = count == 0 ? 0 : new ChiSquaredDistribution(2.0 * count).inverseCumulativeProbability(alpha / 2) / 2;
        double high = new ChiSquaredDistribution(2.0 * count + 2).inverseCumulativeProbability(1 - alpha / 2) / 2;
        return new CountInterval(low, high);
    }

    /**
     * The Wilson (1927) score interval of a share of {@code cases} among {@code n}:
     * (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n). It stays inside [0, 1] and behaves at
     * 0 and 100%, unlike p ± z·se. R: {@code prop.test(cases, n, correct = FALSE)$conf.int}.
     * NaN when n is 0.
     */
    public static CountInterval wilson(long cases, long n, double level) {
        checkLevel(level);
        if (cases < 0 || cases > n) {
            throw DomainException.invalid("count_out_of_range", "statistics.error.countOutOfRange", cases, n);
        }
        if (n == 0) {
            return new CountInterval(Double.NaN, Double.NaN);
        }
        double z = new NormalDistribution().inverseCumulativeProbability(1 - (1 - level) / 2);
        double p = (double) cases / n;
        double denominator = 1 + z * z / n;
        double centre = (p + z * z / (2.0 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denominator;
        return new CountInterval(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    private static void checkLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw DomainException.invalid("invalid_confidence_level", "statistics.error.invalidConfidenceLevel", level);
        }
    }
}
