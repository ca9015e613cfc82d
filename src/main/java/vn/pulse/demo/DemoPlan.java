package vn.pulse.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * What one run of the demo-data generator makes. The same plan and seed always make the same data:
 * every response, account and report gets a uuid or name derived from the seed, so running a plan
 * again adds nothing (the pipelines store each uuid once).
 *
 * @param responses          questionnaire responses to make
 * @param seed               the seed of every random choice
 * @param lastDay            the last interview day (local date); the data span {@code months} back from it
 * @param months             months of fieldwork (24)
 * @param provinces          province codes to work in; empty: all provinces of the reference data
 * @param hotProvince        where the hot issue flares in the latest weeks (opinion reports)
 * @param fabricatorProvince where one surveyor fabricates interviews
 * @param questionnaireCode  code of the demo questionnaire (created and published when missing)
 * @param accountPrefix      prefix of the generated surveyors' user names
 * @param opinionReports     also file collaborators' monthly and urgent opinion reports
 * @param fastPath           write responses with plain JDBC batches instead of the submission pipeline
 *                           (benchmarks; no rollups or events are maintained on the way)
 */
public record DemoPlan(int responses, long seed, LocalDate lastDay, int months, List<String> provinces,
        String hotProvince, String fabricatorProvince, String questionnaireCode, String accountPrefix,
        boolean opinionReports, boolean fastPath) {

    public static final String QUESTIONNAIRE = "nhip_du_luan_dinh_ky";
    /** Tuyên Quang, the demo supervisor's province: the hot issue and the fabricator are where she looks. */
    public static final String DEMO_PROVINCE = "08";
    public static final int MAX_RESPONSES = 5_000_000;

    public DemoPlan {
        if (responses < 0 || responses > MAX_RESPONSES || months < 1 || months > 120 || lastDay == null) {
            throw new IllegalArgumentException("responses 0–" + MAX_RESPONSES + ", months 1–120 and a last day needed");
        }
        provinces = provinces == null ? List.of() : List.copyOf(provinces);
        questionnaireCode = questionnaireCode == null ? QUESTIONNAIRE : questionnaireCode;
        accountPrefix = accountPrefix == null ? "ctv" : accountPrefix;
    }

    /** The demo data set: all provinces, 24 months up to {@code today}, through the submission pipeline. */
    public static DemoPlan standard(int responses, long seed, LocalDate today) {
        return new DemoPlan(responses, seed, today, 24, List.of(), DEMO_PROVINCE, DEMO_PROVINCE, QUESTIONNAIRE, "ctv",
                true, false);
    }

    public LocalDate firstDay() {
        return lastDay.minusMonths(months).plusDays(1);
    }

    public DemoPlan withFastPath(boolean fast) {
        return new DemoPlan(responses, seed, lastDay, months, provinces, hotProvince, fabricatorProvince,
                questionnaireCode, accountPrefix, opinionReports, fast);
    }
}
