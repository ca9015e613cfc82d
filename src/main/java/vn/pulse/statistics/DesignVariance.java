package vn.pulse.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * The design-based covariance of element scores, for estimators whose scores do not reduce to
 * per-PSU sums (ratios, contrasts between domains, tables) and for calibrated samples: scores
 * are first replaced by their residuals from each calibration, then summed per PSU, then
 * passed to {@link TaylorVariance}.
 */
final class DesignVariance {

    private DesignVariance() {
    }

    /** The variance of one score per respondent (0 for those who do not count). */
    static double variance(Sample sample, double[] scores, boolean[] relevant) {
        return covariance(sample, new double[][] {scores}, relevant)[0][0];
    }

    /**
     * The covariance matrix of p scores, given as p arrays over the respondents.
     *
     * @param relevant respondents whose strata enter the variance (those the estimate rests on);
     *                 every stratum enters for calibrated samples, as in R, whose calibrated
     *                 subsets keep all rows with zero weight
     */
    static double[][] covariance(Sample sample, double[][] scores, boolean[] relevant) {
        int p = scores.length;
        double[][] residuals = new double[p][];
        for (int j = 0; j < p; j++) {
            sample.checkAligned(scores[j].length);
            residuals[j] = scores[j].clone();
            for (Calibration calibration : sample.calibrations()) {
                calibration.residualise(residuals[j]);
            }
        }
        double[][] psuTotals = new double[sample.psuCount()][p];
        boolean[] evaluated = new boolean[sample.strata().size()];
        for (int i = 0; i < sample.size(); i++) {
            double[] total = psuTotals[sample.psuOf(i)];
            for (int j = 0; j < p; j++) {
                total[j] += residuals[j][i];
            }
            evaluated[sample.stratumOf(i)] |= sample.isCalibrated() || relevant == null || relevant[i];
        }
        List<StratumScores> strata = new ArrayList<>();
        for (int h = 0; h < evaluated.length; h++) {
            strata.add(evaluated[h] ? new StratumScores(sample.frames().get(sample.strata().get(h)), p) : null);
        }
        for (int psu = 0; psu < psuTotals.length; psu++) {
            StratumScores stratum = strata.get(sample.psuStratum(psu));
            if (stratum != null) {
                stratum.addPsu(psuTotals[psu]);
            }
        }
        strata.removeIf(s -> s == null);
        return TaylorVariance.covariance(strata, sample.design().lonelyPsu(), p);
    }
}
