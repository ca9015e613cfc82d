package vn.pulse.statistics;

import java.util.List;

/**
 * How a calibration of the weights changes the linearised scores: post-stratified and raked
 * estimators have the variance of the residuals of their scores from the calibration cells
 * (Lumley 2010 ch. 7; Deville and Särndal 1992). Implemented exactly as R's survey package does
 * in {@code svyrecvar}, so standard errors after {@code postStratify} and {@code rake} match.
 */
sealed interface Calibration permits Calibration.PostStratum, Calibration.Raking {

    /** Replaces one variable's element scores (all respondents, in sample order) by residuals. */
    void residualise(double[] scores);

    /**
     * Post-stratification to cells: with w the weights before and w* after, each score x_i
     * becomes x_i − w*_i · m_c, where m_c = Σ_{j∈c} w_j x_j / w*_j ÷ Σ_{j∈c} w_j over its cell c.
     */
    record PostStratum(int[] cellOf, int cells, double[] weightsBefore, double[] weightsAfter) implements Calibration {

        @Override
        public void residualise(double[] scores) {
            double[] numerator = new double[cells];
            double[] denominator = new double[cells];
            for (int i = 0; i < scores.length; i++) {
                numerator[cellOf[i]] += scores[i] * weightsBefore[i] / weightsAfter[i];
                denominator[cellOf[i]] += weightsBefore[i];
            }
            for (int i = 0; i < scores.length; i++) {
                scores[i] -= numerator[cellOf[i]] / denominator[cellOf[i]] * weightsAfter[i];
            }
        }

        /** x_i − w*_i · (unweighted mean of x_j / w*_j over the cell): one raking projection. */
        void project(double[] scores, int[] cellSizes) {
            double[] sums = new double[cells];
            for (int i = 0; i < scores.length; i++) {
                sums[cellOf[i]] += scores[i] / weightsAfter[i];
            }
            for (int i = 0; i < scores.length; i++) {
                scores[i] -= weightsAfter[i] * sums[cellOf[i]] / cellSizes[cellOf[i]];
            }
        }

        int[] cellSizes() {
            int[] sizes = new int[cells];
            for (int cell : cellOf) {
                sizes[cell]++;
            }
            return sizes;
        }
    }

    /**
     * Raking to several margins: the scores are projected on each margin's cells in turn (with
     * the weights that margin's last raking step produced), ten rounds, as survey's svyrecvar.
     */
    record Raking(List<PostStratum> margins) implements Calibration {

        private static final int ROUNDS = 10;

        public Raking {
            margins = List.copyOf(margins);
        }

        @Override
        public void residualise(double[] scores) {
            List<int[]> sizes = margins.stream().map(PostStratum::cellSizes).toList();
            for (int round = 0; round < ROUNDS; round++) {
                for (int m = 0; m < margins.size(); m++) {
                    margins.get(m).project(scores, sizes.get(m));
                }
            }
        }
    }
}
