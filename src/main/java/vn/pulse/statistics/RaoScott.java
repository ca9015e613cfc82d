package vn.pulse.statistics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import vn.pulse.base.DomainException;

/** Cross-tabulation tests that account for the sampling design. */
public final class RaoScott {

    private RaoScott() {
    }

    /**
     * The second-order Rao–Scott test of independence in F form (Rao and Scott 1984; R:
     * {@code svychisq(~rows + columns, design)}, its default {@code statistic="F"}). With p̂ the
     * estimated cell shares (rows varying fastest), V their design covariance, D = diag(p̂), N the
     * respondents and C a basis of the interaction contrasts (the orthogonal complement of the
     * main effects), Δ = (C'D⁻¹C/N)⁻¹ C'D⁻¹VD⁻¹C; then F = X²/tr(Δ) on d = tr(Δ)²/tr(Δ²) and
     * d·(PSUs − strata) degrees of freedom. Respondents missing either answer are left out.
     */
    public static Association association(Sample sample, String[] rowAnswers, String[] columnAnswers) {
        Table table = Table.of(sample, rowAnswers, columnAnswers);
        int nr = table.rows().size();
        int nc = table.columns().size();
        double pearson = pearson(table.shares(), nr, nc, table.n());
        if (!sample.design().isProbability()) {
            return new Association(table.rows(), table.columns(), pearson, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN);
        }
        double[][] covariance = DesignVariance.covariance(sample, table.scores(sample), table.complete());
        double[] traces = traces(table.shares(), covariance, nr, nc, table.n());
        double numeratorDf = traces[0] * traces[0] / traces[1];
        double denominatorDf = numeratorDf * sample.degreesOfFreedom(table.complete());
        double statistic = pearson / traces[0];
        return new Association(table.rows(), table.columns(), pearson, statistic, numeratorDf, denominatorDf,
                Distributions.fUpper(statistic, numeratorDf, denominatorDf));
    }

    /**
     * The same test from per-PSU cell sums instead of raw rows (rollups): every number needed
     * follows from Σw and Σw² per cell and sampling unit. With p̂_k = W_k/W, a cluster's score
     * total for cell k is (W_psu,k − p̂_k W_psu)/W; for the element respondents of a stratum the
     * score sums are (W_hk − p̂_k W_h)/W and their cross-products
     * (δ_kl S_hk − p̂_l S_hk − p̂_k S_hl + p̂_k p̂_l S_h)/W², S being Σw². Categories are ordered as
     * in {@link #association(Sample, String[], String[])}, so both give the same result.
     *
     * @param strata every stratum of the whole sample with its sampled PSUs and population
     * @param cells  the sums of the respondents who answered both questions
     */
    public static Association association(DesignType type, LonelyPsu lonelyPsu, Map<String, StratumFrame> strata,
                                          List<TableCellSums> cells) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        Map<String, Integer> columns = new LinkedHashMap<>();
        new TreeSet<>(cells.stream().filter(c -> c.n() > 0).map(TableCellSums::row).toList())
                .forEach(level -> rows.put(level, rows.size()));
        new TreeSet<>(cells.stream().filter(c -> c.n() > 0).map(TableCellSums::column).toList())
                .forEach(level -> columns.put(level, columns.size()));
        if (rows.size() < 2 || columns.size() < 2) {
            throw DomainException.invalid("table_too_small", "statistics.error.tableTooSmall", rows.size(),
                    columns.size());
        }
        int nr = rows.size();
        int cellCount = nr * columns.size();
        double[] shares = new double[cellCount];
        double total = 0;
        long n = 0;
        for (TableCellSums cell : cells) {
            if (cell.n() > 0) {
                shares[rows.get(cell.row()) + nr * columns.get(cell.column())] += cell.sumW();
                total += cell.sumW();
                n += cell.n();
            }
        }
        for (int k = 0; k < cellCount; k++) {
            shares[k] /= total;
        }
        double pearson = pearson(shares, nr, columns.size(), n);
        if (!type.isProbability()) {
            return new Association(List.copyOf(rows.keySet()), List.copyOf(columns.keySet()), pearson, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN);
        }
        // per sampling unit (cluster, or a stratum's element respondents): W and S per cell
        Map<List<String>, double[][]> units = new LinkedHashMap<>();
        long elementUnits = 0;
        for (TableCellSums cell : cells) {
            if (cell.n() == 0) {
                continue;
            }
            if (!strata.containsKey(cell.stratum())) {
                throw DomainException.invalid("unknown_stratum", "statistics.error.unknownStratum", cell.stratum());
            }
            if (type.isClustered() && cell.psu() == null) {
                throw DomainException.invalid("missing_cluster", "statistics.error.sumsWithoutCluster", cell.stratum());
            }
            double[][] unit = units.computeIfAbsent(Arrays.asList(cell.stratum(), cell.psu()),
                    key -> new double[2][cellCount]);
            int k = rows.get(cell.row()) + nr * columns.get(cell.column());
            unit[0][k] += cell.sumW();
            unit[1][k] += cell.sumW2();
            elementUnits += cell.psu() == null ? cell.n() : 0;
        }
        Map<String, StratumScores> scores = new LinkedHashMap<>();
        long psus = 0;
        for (var entry : units.entrySet()) {
            String stratum = entry.getKey().get(0);
            boolean element = entry.getKey().get(1) == null;
            StratumScores stratumScores = scores.computeIfAbsent(stratum,
                    s -> new StratumScores(strata.get(s), cellCount));
            double[] w = entry.getValue()[0];
            double[] s2 = entry.getValue()[1];
            double unitW = Arrays.stream(w).sum();
            double[] sum = new double[cellCount];
            for (int k = 0; k < cellCount; k++) {
                sum[k] = (w[k] - shares[k] * unitW) / total;
            }
            if (!element) {
                stratumScores.addPsu(sum);
                psus++;
                continue;
            }
            double unitS = Arrays.stream(s2).sum();
            for (int k = 0; k < cellCount; k++) {
                stratumScores.sum[k] += sum[k];
                for (int l = 0; l < cellCount; l++) {
                    stratumScores.crossProducts[k][l] += ((k == l ? s2[k] : 0) - shares[l] * s2[k] - shares[k] * s2[l]
                            + shares[k] * shares[l] * unitS) / (total * total);
                }
            }
        }
        double[][] covariance = TaylorVariance.covariance(scores.values(), lonelyPsu, cellCount);
        double[] traces = traces(shares, covariance, nr, columns.size(), n);
        double numeratorDf = traces[0] * traces[0] / traces[1];
        double denominatorDf = numeratorDf * (psus + elementUnits - scores.size());
        double statistic = pearson / traces[0];
        return new Association(List.copyOf(rows.keySet()), List.copyOf(columns.keySet()), pearson, statistic,
                numeratorDf, denominatorDf, Distributions.fUpper(statistic, numeratorDf, denominatorDf));
    }

    /**
     * The weighted cross-table: each complete respondent's cell (rows varying fastest), the
     * estimated cell shares p̂, the weight total W and the respondents n.
     */
    private record Table(List<String> rows, List<String> columns, boolean[] complete, int[] cell, double[] shares,
                         double total, long n) {

        static Table of(Sample sample, String[] rowAnswers, String[] columnAnswers) {
            sample.checkAligned(rowAnswers.length);
            sample.checkAligned(columnAnswers.length);
            Map<String, Integer> rows = levels(rowAnswers);
            Map<String, Integer> columns = levels(columnAnswers);
            if (rows.size() < 2 || columns.size() < 2) {
                throw DomainException.invalid("table_too_small", "statistics.error.tableTooSmall", rows.size(),
                        columns.size());
            }
            boolean[] complete = new boolean[rowAnswers.length];
            int[] cell = new int[rowAnswers.length];
            double[] shares = new double[rows.size() * columns.size()];
            double total = 0;
            long n = 0;
            for (int i = 0; i < complete.length; i++) {
                complete[i] = rowAnswers[i] != null && columnAnswers[i] != null;
                if (complete[i]) {
                    cell[i] = rows.get(rowAnswers[i]) + rows.size() * columns.get(columnAnswers[i]);
                    shares[cell[i]] += sample.weight(i);
                    total += sample.weight(i);
                    n++;
                }
            }
            for (int k = 0; k < shares.length; k++) {
                shares[k] /= total;
            }
            return new Table(List.copyOf(rows.keySet()), List.copyOf(columns.keySet()), complete, cell, shares,
                    total, n);
        }

        /** Scores of the cell shares: w_i (1{cell_i = k} − p̂_k)/W, one array per cell. */
        double[][] scores(Sample sample) {
            double[][] scores = new double[shares.length][complete.length];
            for (int i = 0; i < complete.length; i++) {
                if (complete[i]) {
                    for (int k = 0; k < shares.length; k++) {
                        scores[k][i] = sample.weight(i) * ((cell[i] == k ? 1 : 0) - shares[k]) / total;
                    }
                }
            }
            return scores;
        }

        private static Map<String, Integer> levels(String[] answers) {
            Map<String, Integer> levels = new LinkedHashMap<>();
            new TreeSet<>(Arrays.stream(answers).filter(Objects::nonNull).toList())
                    .forEach(level -> levels.put(level, levels.size()));
            return levels;
        }
    }

    /** Pearson's X² of the table N·p̂ against its margins' products. */
    private static double pearson(double[] shares, int nr, int nc, long n) {
        double[] rowShares = new double[nr];
        double[] columnShares = new double[nc];
        for (int k = 0; k < shares.length; k++) {
            rowShares[k % nr] += shares[k];
            columnShares[k / nr] += shares[k];
        }
        double x2 = 0;
        for (int k = 0; k < shares.length; k++) {
            double expected = rowShares[k % nr] * columnShares[k / nr];
            x2 += n * (shares[k] - expected) * (shares[k] - expected) / expected;
        }
        return x2;
    }

    /** tr(Δ) and tr(Δ²). */
    private static double[] traces(double[] shares, double[][] covariance, int nr, int nc, long n) {
        RealMatrix contrasts = interactionContrasts(nr, nc);
        double[] inverse = new double[shares.length];
        for (int k = 0; k < shares.length; k++) {
            inverse[k] = shares[k] == 0 ? 0 : 1 / shares[k];
        }
        RealMatrix scaled = MatrixUtils.createRealDiagonalMatrix(inverse).multiply(contrasts);
        RealMatrix denominator = contrasts.transpose().multiply(scaled).scalarMultiply(1.0 / n);
        RealMatrix numerator = scaled.transpose().multiply(new Array2DRowRealMatrix(covariance)).multiply(scaled);
        RealMatrix delta = new LUDecomposition(denominator).getSolver().solve(numerator);
        return new double[] {delta.getTrace(), delta.multiply(delta).getTrace()};
    }

    /** The interaction columns of the saturated model, residualised on the main effects. */
    private static RealMatrix interactionContrasts(int nr, int nc) {
        int cells = nr * nc;
        RealMatrix mainEffects = new Array2DRowRealMatrix(cells, nr + nc - 1);
        RealMatrix interactions = new Array2DRowRealMatrix(cells, (nr - 1) * (nc - 1));
        for (int k = 0; k < cells; k++) {
            int r = k % nr;
            int c = k / nr;
            mainEffects.setEntry(k, 0, 1);
            if (r > 0) {
                mainEffects.setEntry(k, r, 1);
            }
            if (c > 0) {
                mainEffects.setEntry(k, nr - 1 + c, 1);
                if (r > 0) {
                    interactions.setEntry(k, (c - 1) * (nr - 1) + (r - 1), 1);
                }
            }
        }
        RealMatrix fitted = mainEffects.multiply(new QRDecomposition(mainEffects).getSolver().solve(interactions));
        return interactions.subtract(fitted);
    }
}
