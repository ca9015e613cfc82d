package vn.pulse.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.pulse.account.AccountService;
import vn.pulse.account.UserAccount;
import vn.pulse.account.UserDraft;
import vn.pulse.area.Area;
import vn.pulse.area.AreaService;
import vn.pulse.base.security.Role;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.QuestionnaireService;
import vn.pulse.questionnaire.SamplingPlan;
import vn.pulse.questionnaire.SurveyDocument;
import vn.pulse.questionnaire.SurveyDocuments;

/**
 * Everything the responses of a plan need before the first one is written, made through the
 * owning modules' services (so it is validated and audited like an administrator's work): the
 * published demo questionnaire with its stratified sampling plan (provinces as strata with their
 * adult populations, communes as primary sampling units), the communes worked in, and the surveyors
 * of each province. What exists already is reused. Callers run it as a national administrator.
 */
@Component
class DemoWorld {

    /** Communes worked in per province (the sampled PSUs). */
    static final int COMMUNES_PER_PROVINCE = 6;
    /** Honest surveyors per province; the fabricator's province has one more. */
    static final int SURVEYORS_PER_PROVINCE = 2;
    /** The respondent groups the dashboards break the demo survey down by: sex, age group, occupation, urban/rural. */
    static final List<String> GROUPS = List.of("gioi_tinh", "nhom_tuoi", "nghe_nghiep", "khu_vuc");

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** What a plan works with. */
    record Setup(FormDefinition form, List<ProvinceFrame> provinces, Map<String, List<Site>> sites,
            Map<String, List<Fieldworker>> workers) {
    }

    private final QuestionnaireService questionnaires;
    private final AreaService areas;
    private final AccountService accounts;

    DemoWorld(QuestionnaireService questionnaires, AreaService areas, AccountService accounts) {
        this.questionnaires = questionnaires;
        this.areas = areas;
        this.accounts = accounts;
    }

    Setup prepare(DemoPlan plan) {
        List<ProvinceFrame> provinces = ProvinceFrame.load().stream()
                .filter(p -> plan.provinces().isEmpty() || plan.provinces().contains(p.code()))
                .filter(p -> areas.findForScope(p.code()).isPresent()).toList();
        if (provinces.isEmpty()) {
            throw new IllegalArgumentException("none of the plan's provinces exists: " + plan.provinces());
        }
        Map<String, List<Site>> sites = new LinkedHashMap<>();
        Map<String, List<Fieldworker>> workers = new LinkedHashMap<>();
        for (ProvinceFrame p : provinces) {
            sites.put(p.code(), sites(plan.seed(), p.code()));
            workers.put(p.code(), surveyors(plan, p.code()));
        }
        return new Setup(questionnaire(plan, provinces), provinces, sites, workers);
    }

    /** The published demo questionnaire, created from {@code demo/questionnaire.json} when missing. */
    FormDefinition questionnaire(DemoPlan plan, List<ProvinceFrame> provinces) {
        var existing = questionnaires.list(false).stream()
                .filter(q -> q.code().equals(plan.questionnaireCode())).findFirst();
        if (existing.isPresent()) {
            long id = existing.get().id();
            return questionnaires.currentPublished(id).orElseGet(() -> questionnaires.publish(id));
        }
        FormDefinition definition = load().withCode(plan.questionnaireCode()).withSamplingPlan(plan(plan, provinces));
        FormDefinition created = questionnaires.create(definition, "demo:" + plan.seed());
        return questionnaires.publish(created.questionnaireId());
    }

    static FormDefinition load() {
        try (InputStream in = DemoWorld.class.getResourceAsStream("/demo/questionnaire.json")) {
            return SurveyDocuments.toDefinition(JSON.readValue(in, SurveyDocument.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo/questionnaire.json", e);
        }
    }

    /** Stratified by province, clustered by commune; targets follow the planner's allocation. */
    private static SamplingPlan plan(DemoPlan plan, List<ProvinceFrame> provinces) {
        double total = provinces.stream().mapToDouble(p -> Math.sqrt(p.adults())).sum();
        List<SamplingPlan.Stratum> strata = new ArrayList<>();
        for (ProvinceFrame p : provinces) {
            int target = (int) Math.max(1, Math.round(Math.max(plan.responses(), 1000) * Math.sqrt(p.adults()) / total));
            strata.add(new SamplingPlan.Stratum(p.code(), p.adults(), (int) Math.min(target, p.adults())));
        }
        return new SamplingPlan(SamplingPlan.Design.STRATIFIED, SamplingPlan.AREA, SamplingPlan.AREA, null, null,
                strata);
    }

    private List<Site> sites(long seed, String province) {
        List<Area> communes = new ArrayList<>(areas.children(province, false));
        communes.sort(Comparator.comparing(Area::code));
        SplittableRandom r = new SplittableRandom(ResponsePlanner.mix(seed, province.hashCode() * 31L));
        List<Site> chosen = new ArrayList<>();
        while (!communes.isEmpty() && chosen.size() < COMMUNES_PER_PROVINCE) {
            Area a = communes.remove(r.nextInt(communes.size()));
            chosen.add(new Site(a.id(), a.code(), a.path(), province));
        }
        if (chosen.isEmpty()) {
            Area p = areas.findForScope(province).orElseThrow();
            chosen.add(new Site(p.id(), p.code(), p.path(), province));
        }
        return chosen;
    }

    private List<Fieldworker> surveyors(DemoPlan plan, String province) {
        boolean cheatHere = province.equals(plan.fabricatorProvince());
        int count = SURVEYORS_PER_PROVINCE + (cheatHere ? 1 : 0);
        Map<String, UserAccount> existing = new LinkedHashMap<>();
        for (UserAccount a : accounts.list(Role.SURVEYOR)) {
            existing.put(a.username(), a);
        }
        List<Fieldworker> team = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            String username = plan.accountPrefix() + "." + province + "." + n;
            UserAccount account = existing.get(username);
            if (account == null) {
                String name = People.name(ResponsePlanner.mix(plan.seed(), username.hashCode())) + " (cộng tác viên)";
                account = accounts.create(new UserDraft(username, name, Role.SURVEYOR, province, unknownPassword()));
            }
            team.add(new Fieldworker(account.id(), username, province, cheatHere && n == count));
        }
        return team;
    }

    /** Generated people are data, not logins: nobody knows their password (an administrator can reset it). */
    private static String unknownPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().encodeToString(bytes);
    }
}
