package vn.pulse.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Lays the responses of a plan out over provinces, communes, surveyors and days, in interview order. Response i depends
 * only on the seed and i (its own random stream), so any slice of a run can be made again, in any
 * order, and comes out the same.
 */
final class ResponsePlanner {

    /** Share of his province's interviews the fabricating surveyor "does". */
    static final double FABRICATOR_SHARE = 0.3;
    /** Days before the last day in which the hot province's respondents name land as a top issue. */
    static final int FLARE_DAYS = 30;

    private final DemoPlan plan;
    private final ZoneId zone;
    private final List<ProvinceFrame> provinces;
    private final double[] cumulative;
    private final double[] offsets;
    private final Map<String, List<Site>> sites;
    private final Map<String, List<Fieldworker>> workers;
    private final Map<String, Object> fabricatorModel;
    private final long days;

    ResponsePlanner(DemoPlan plan, ZoneId zone, List<ProvinceFrame> provinces, Map<String, List<Site>> sites,
            Map<String, List<Fieldworker>> workers) {
        this.plan = plan;
        this.zone = zone;
        this.provinces = List.copyOf(provinces);
        this.sites = sites;
        this.workers = workers;
        this.cumulative = new double[provinces.size()];
        this.offsets = new double[provinces.size()];
        double total = 0;
        for (int p = 0; p < provinces.size(); p++) {
            // between proportional and equal allocation: small provinces still get readable samples
            total += Math.sqrt(provinces.get(p).adults());
            cumulative[p] = total;
            offsets[p] = new SplittableRandom(mix(plan.seed(), provinces.get(p).code().hashCode())).nextGaussian() * 0.3;
        }
        for (int p = 0; p < cumulative.length; p++) {
            cumulative[p] /= total;
        }
        this.fabricatorModel = Respondents.answer(new SplittableRandom(mix(plan.seed(), -1)), 0.5, 0, 0.2, false);
        this.days = ChronoUnit.DAYS.between(plan.firstDay(), plan.lastDay()) + 1;
    }

    /** The expected share of responses in each province (the targets of the sampling plan). */
    double share(int province) {
        return cumulative[province] - (province == 0 ? 0 : cumulative[province - 1]);
    }

    List<GeneratedResponse> slice(int from, int to) {
        List<GeneratedResponse> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            out.add(response(i));
        }
        return out;
    }

    GeneratedResponse response(int index) {
        SplittableRandom r = new SplittableRandom(mix(plan.seed(), index));
        int p = province(r.nextDouble());
        ProvinceFrame province = provinces.get(p);
        List<Site> here = sites.get(province.code());
        Site site = here.get(r.nextInt(here.size()));
        List<Fieldworker> team = workers.get(province.code());
        Fieldworker collector = collector(r, team);
        // in interview order, as phones send them: response i falls in the i-th N-th of the period
        long day = Math.min(days - 1, (long) ((index + r.nextDouble()) * days / plan.responses()));
        LocalDate date = plan.firstDay().plusDays(day);
        double t = days == 1 ? 1 : day / (double) (days - 1);
        boolean flare = province.code().equals(plan.hotProvince()) && day >= days - FLARE_DAYS;
        Map<String, Object> answers = Respondents.answer(r, t, offsets[p], province.urbanShare(), flare);
        if (collector.fabricator()) {
            answers = Respondents.fabricate(fabricatorModel, r);
        }
        int seconds = Respondents.duration(r, collector.fabricator());
        LocalTime start = LocalTime.of(7, 30).plusMinutes(r.nextInt(11 * 60));
        return new GeneratedResponse(uuid(index), index, site, collector, date,
                date.atTime(start).atZone(zone).toInstant(), seconds, answers);
    }

    private Fieldworker collector(SplittableRandom r, List<Fieldworker> team) {
        List<Fieldworker> honest = team.stream().filter(w -> !w.fabricator()).toList();
        Fieldworker cheat = team.stream().filter(Fieldworker::fabricator).findFirst().orElse(null);
        if (cheat != null && (honest.isEmpty() || r.nextDouble() < FABRICATOR_SHARE)) {
            return cheat;
        }
        return honest.get(r.nextInt(honest.size()));
    }

    private int province(double u) {
        for (int p = 0; p < cumulative.length; p++) {
            if (u < cumulative[p]) {
                return p;
            }
        }
        return cumulative.length - 1;
    }

    String uuid(int index) {
        return UUID.nameUUIDFromBytes((plan.questionnaireCode() + ":" + plan.seed() + ":" + index)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    static long mix(long seed, long salt) {
        long z = seed * 0x9E3779B97F4A7C15L + salt;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
