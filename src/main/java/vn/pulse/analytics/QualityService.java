package vn.pulse.analytics;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pulse.base.DomainException;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.security.Role;
import vn.pulse.questionnaire.QuestionnaireService;
import vn.pulse.statistics.NearDuplicateDetector;
import vn.pulse.statistics.NearDuplicateFlag;
import vn.pulse.statistics.QualityFlag;
import vn.pulse.statistics.SpeedingDetector;
import vn.pulse.statistics.SpeedingFlag;
import vn.pulse.statistics.StraightLiningDetector;
import vn.pulse.statistics.StraightLiningFlag;
import vn.pulse.statistics.SurveyorDeviationDetector;
import vn.pulse.statistics.SurveyorDeviationFlag;

/**
 * Runs the statistics module's data-quality detectors over a survey's responses in the caller's
 * area: speeding (under a third of the median duration), straight-lining (a run of 5 identical
 * answers in a matrix battery), near-duplicates (95% identical answers among at least 5, or all the
 * questions of a shorter survey) and
 * surveyors whose single-choice answers differ from their province peers' (Benjamini–Hochberg 5%).
 * Rejected and returned responses are left out: review has dealt with them.
 */
@Service
public class QualityService {

    private final DSLContext db;
    private final QuestionnaireService questionnaires;

    QualityService(DSLContext db, QuestionnaireService questionnaires) {
        this.db = db;
        this.questionnaires = questionnaires;
    }

    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public QualityReport report(long surveyId) {
        if (questionnaires.currentPublished(surveyId).isEmpty()) {
            throw DomainException.notFound("survey_not_found", "analytics.error.surveyNotFound", surveyId);
        }
        String scope = CurrentUser.scope().likePattern();
        Map<Long, Record> responses = new LinkedHashMap<>();
        db.resultQuery("SELECT r.id, r.collector_id, u.display_name, r.duration_seconds, r.interview_date, a.name, "
                + "r.area_path, p.name FROM response r JOIN app_user u ON u.id = r.collector_id JOIN area a ON a.id = r.area_id "
                + "LEFT JOIN area p ON p.path = SUBSTRING(r.area_path, 1, LOCATE('/', r.area_path, 2)) "
                + "WHERE r.questionnaire_id = ? AND r.status IN ('SUBMITTED', 'APPROVED') AND r.area_path LIKE ? ORDER BY r.id",
                surveyId, scope).forEach(r -> responses.put(r.get(0, Long.class), r));
        Map<Long, List<String[]>> answers = new HashMap<>();
        List<String> variables = new ArrayList<>();
        Map<String, Integer> position = new HashMap<>();
        db.resultQuery("SELECT a.response_id, v.name, v.type, a.item, a.choice, a.num_value FROM response_answer a "
                + "JOIN survey_variable v ON v.id = a.variable_id JOIN response r ON r.id = a.response_id "
                + "WHERE r.questionnaire_id = ? AND r.status IN ('SUBMITTED', 'APPROVED') AND r.area_path LIKE ? "
                + "ORDER BY v.id, a.item, a.choice", surveyId, scope).forEach(r -> {
            String key = r.get(1, String.class) + (r.get(3, String.class).isEmpty() ? "" : "/" + r.get(3, String.class));
            if (!position.containsKey(key)) {
                position.put(key, variables.size());
                variables.add(key);
            }
            Double number = r.get(5, Double.class);
            answers.computeIfAbsent(r.get(0, Long.class), k -> new ArrayList<>()).add(new String[] {key,
                    r.get(2, String.class), r.get(3, String.class), r.get(4, String.class),
                    number == null ? null : number.toString(), r.get(1, String.class)});
        });

        List<QualityReport.Evidence> evidence = new ArrayList<>();
        Map<String, Double> durations = new LinkedHashMap<>();
        responses.forEach((id, r) -> durations.put(id.toString(), r.get(3, Double.class)));
        for (SpeedingFlag f : new SpeedingDetector(1.0 / 3).detect(durations)) {
            evidence.add(evidenceOf(responses, f.responseId(), f));
        }
        Map<String, double[]> batteries = new LinkedHashMap<>();
        Map<String, List<String>> vectors = new LinkedHashMap<>();
        for (long id : responses.keySet()) {
            List<String[]> own = answers.getOrDefault(id, List.of());
            Map<String, List<Double>> matrices = new LinkedHashMap<>();
            String[] vector = new String[variables.size()];
            for (String[] a : own) {
                if ("matrix".equals(a[1]) && a[4] != null) {
                    matrices.computeIfAbsent(a[5], k -> new ArrayList<>()).add(Double.parseDouble(a[4]));
                }
                String value = a[3].isEmpty() ? a[4] : a[3];
                int at = position.get(a[0]);
                vector[at] = vector[at] == null ? value : vector[at] + "," + value;
            }
            matrices.forEach((matrix, values) -> batteries.put(id + "/" + matrix,
                    values.stream().mapToDouble(Double::doubleValue).toArray()));
            vectors.put(Long.toString(id), java.util.Arrays.asList(vector));
        }
        for (StraightLiningFlag f : new StraightLiningDetector(5).detect(batteries)) {
            evidence.add(evidenceOf(responses, f.responseId().substring(0, f.responseId().indexOf('/')), f));
        }
        for (NearDuplicateFlag f : new NearDuplicateDetector(0.95, Math.max(1, Math.min(5, variables.size()))).detect(vectors)) {
            evidence.add(evidenceOf(responses, f.responseId(), f));
        }
        List<SurveyorDeviationDetector.SurveyorAnswer> categorical = new ArrayList<>();
        responses.forEach((id, r) -> answers.getOrDefault(id, List.of()).stream().filter(a -> "select_one".equals(a[1]))
                .forEach(a -> categorical.add(new SurveyorDeviationDetector.SurveyorAnswer(r.get(1, Long.class).toString(),
                        r.get(7, String.class), a[0], a[3]))));
        List<SurveyorDeviationFlag> deviations = new SurveyorDeviationDetector(0.05, 20).detect(categorical);

        Map<Long, List<QualityReport.Evidence>> bySurveyor = new HashMap<>();
        for (QualityReport.Evidence e : evidence) {
            bySurveyor.computeIfAbsent(responses.get(e.responseId()).get(1, Long.class), k -> new ArrayList<>()).add(e);
        }
        for (SurveyorDeviationFlag f : deviations) {
            bySurveyor.computeIfAbsent(Long.parseLong(f.surveyor()), k -> new ArrayList<>())
                    .add(new QualityReport.Evidence(null, null, f.area(), f));
        }
        Map<Long, long[]> interviews = new HashMap<>();
        Map<Long, Record> anyOf = new HashMap<>();
        responses.values().forEach(r -> {
            interviews.computeIfAbsent(r.get(1, Long.class), k -> new long[1])[0]++;
            anyOf.putIfAbsent(r.get(1, Long.class), r);
        });
        List<QualityReport.SurveyorFlags> rows = new ArrayList<>();
        anyOf.forEach((surveyor, r) -> {
            List<QualityReport.Evidence> flags = bySurveyor.getOrDefault(surveyor, List.of());
            rows.add(new QualityReport.SurveyorFlags(surveyor, r.get(2, String.class), r.get(7, String.class),
                    interviews.get(surveyor)[0], count(flags, SpeedingFlag.class), count(flags, StraightLiningFlag.class),
                    count(flags, NearDuplicateFlag.class), count(flags, SurveyorDeviationFlag.class), flags));
        });
        rows.sort(Comparator.comparingLong(QualityReport.SurveyorFlags::total).reversed()
                .thenComparing(QualityReport.SurveyorFlags::surveyor));
        return new QualityReport(surveyId, responses.size(), rows);
    }

    private static QualityReport.Evidence evidenceOf(Map<Long, Record> responses, String responseId, QualityFlag flag) {
        Record r = responses.get(Long.parseLong(responseId));
        return new QualityReport.Evidence(Long.parseLong(responseId), r.get(4, LocalDate.class), r.get(5, String.class), flag);
    }

    private static long count(List<QualityReport.Evidence> flags, Class<? extends QualityFlag> type) {
        return flags.stream().filter(e -> type.isInstance(e.flag())).count();
    }
}
