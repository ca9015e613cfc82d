package vn.pulse.reporting.survey;

import static vn.pulse.jooq.Tables.RESPONSE;
import static vn.pulse.jooq.Tables.RESPONSE_ANSWER;
import static vn.pulse.jooq.Tables.SURVEY_VARIABLE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import vn.pulse.fieldwork.ResponseStatus;

/**
 * Reads raw responses of one questionnaire for the survey results report: who answered where and
 * when (never who they are), and their answers by variable name. Reporting reads the V20 tables
 * itself rather than through analytics' rollups, so that every estimate is made from the
 * respondents' own answers with their design weights.
 */
@Repository
class SurveyResponses {

    private final DSLContext db;

    SurveyResponses(DSLContext db) {
        this.db = db;
    }

    /** One respondent: where the interview took place, its sampling stratum and cluster, its date. */
    record Respondent(long id, String areaCode, String stratum, String cluster, LocalDate date, ResponseStatus status) {
    }

    /** One stored answer value (see V20: choice, item, number, text). */
    record Value(String item, String choice, Double number, String text) {
    }

    /** The respondents in response id order, and each one's answers by variable name. */
    record Data(List<Respondent> respondents, List<Map<String, List<Value>>> answers) {
    }

    Data read(long questionnaireId, String areaPath, Set<ResponseStatus> statuses, LocalDate from, LocalDate to) {
        Condition condition = RESPONSE.QUESTIONNAIRE_ID.eq(questionnaireId)
                .and(RESPONSE.AREA_PATH.like(areaPath + "%"))
                .and(RESPONSE.STATUS.in(statuses.stream().map(ResponseStatus::name).toList()))
                .and(RESPONSE.INTERVIEW_DATE.between(from, to));
        List<Respondent> respondents = new ArrayList<>();
        Map<Long, Integer> index = new HashMap<>();
        db.select(RESPONSE.ID, RESPONSE.AREA_PATH, RESPONSE.STRATUM, RESPONSE.CLUSTER, RESPONSE.INTERVIEW_DATE,
                        RESPONSE.STATUS)
                .from(RESPONSE).where(condition).orderBy(RESPONSE.ID)
                .forEach(r -> {
                    index.put(r.value1(), respondents.size());
                    String path = r.value2();
                    String code = path.substring(path.lastIndexOf('/', path.length() - 2) + 1, path.length() - 1);
                    respondents.add(new Respondent(r.value1(), code, r.value3(), r.value4(), r.value5(),
                            ResponseStatus.valueOf(r.value6())));
                });
        List<Map<String, List<Value>>> answers = new ArrayList<>(respondents.size());
        respondents.forEach(r -> answers.add(new HashMap<>()));
        db.select(RESPONSE_ANSWER.RESPONSE_ID, SURVEY_VARIABLE.NAME, RESPONSE_ANSWER.ITEM, RESPONSE_ANSWER.CHOICE,
                        RESPONSE_ANSWER.NUM_VALUE, RESPONSE_ANSWER.TEXT_VALUE)
                .from(RESPONSE_ANSWER)
                .join(RESPONSE).on(RESPONSE.ID.eq(RESPONSE_ANSWER.RESPONSE_ID))
                .join(SURVEY_VARIABLE).on(SURVEY_VARIABLE.ID.eq(RESPONSE_ANSWER.VARIABLE_ID))
                .where(condition)
                .forEach(a -> answers.get(index.get(a.value1())).computeIfAbsent(a.value2(), k -> new ArrayList<>(1))
                        .add(new Value(a.value3(), a.value4(), a.value5(), a.value6())));
        return new Data(respondents, answers);
    }
}
