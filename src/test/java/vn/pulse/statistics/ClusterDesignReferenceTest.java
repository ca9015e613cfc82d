package vn.pulse.statistics;

import static vn.pulse.statistics.ReferenceData.assertClose;
import static vn.pulse.statistics.ReferenceData.assertMatches;
import static vn.pulse.statistics.ReferenceData.assertPValue;

import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** R's apiclus1 (one-stage cluster sample of school districts) against svydesign(id=~dnum, fpc). */
class ClusterDesignReferenceTest {

    static final List<CSVRecord> ROWS = ReferenceData.rows("apiclus1");
    static final JsonNode R = ReferenceData.reference("apiclus1");
    private static final Estimator ESTIMATOR = new Estimator(EstimationOptions.UNSUPPRESSED);

    private final Sample sample = sample(true);
    private final double[] api00 = ReferenceData.numbers(ROWS, "api00");
    private final String[] stype = ReferenceData.labels(ROWS, "stype");

    /** The design of apiclus1: districts drawn from 757, weights pw. */
    static Sample sample(boolean fpc) {
        Design design = fpc ? Design.cluster(Map.of(Design.WHOLE_POPULATION, 757.0)) : Design.cluster();
        return Sample.of(design, ReferenceData.units(ROWS, r -> null, r -> r.get("dnum"),
                r -> Double.parseDouble(r.get("pw"))));
    }

    @Test
    void domain_means_and_totals_match_svyby_with_empty_clusters_counted() {
        Map<String, Estimate> means = ESTIMATOR.meanBy(sample, api00, stype);
        for (String type : List.of("E", "H", "M")) {
            assertMatches(means.get(type), R.get("mean_api00_by_stype").get(type), "mean " + type);
            Estimate total = ESTIMATOR.total(sample, ReferenceData.numbers(ROWS, "enroll"), Domains.of(stype, type));
            assertMatches(total, R.get("total_enroll_by_stype").get(type), "total " + type);
        }
    }

    @Test
    void domain_proportions_match_svyby_svyciprop_with_the_domain_degrees_of_freedom() {
        double[] yes = ReferenceData.indicator(ROWS, r -> r.get("sch.wide").equals("Yes"));
        for (String type : List.of("E", "H", "M")) {
            Estimate share = ESTIMATOR.proportion(sample, yes, Domains.of(stype, type));
            assertMatches(share, R.get("sch_wide_yes_by_stype").get(type), "sch.wide Yes in " + type);
        }
    }

    @Test
    void rao_scott_matches_svychisq() {
        assertAssociation(RaoScott.association(sample, ReferenceData.labels(ROWS, "sch.wide"), stype),
                R.get("chisq_sch_wide_stype"));
    }

    static void assertAssociation(Association actual, JsonNode expected) {
        assertClose(actual.pearson(), expected.get("pearson").asDouble(), "Pearson X2");
        assertClose(actual.statistic(), expected.get("f").asDouble(), "F");
        assertClose(actual.numeratorDf(), expected.get("ndf").asDouble(), "ndf");
        assertClose(actual.denominatorDf(), expected.get("ddf").asDouble(), "ddf");
        assertPValue(actual.pValue(), expected.get("pValue").asDouble(), "p");
    }
}
