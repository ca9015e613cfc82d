-- Rollups by respondent group (module analytics): the dashboards break a question down by a key group (sex, age
-- group, ...) and filter by one, in milliseconds on a million responses, as they do by area and month.
--
-- analytics_group lists, per questionnaire, the single-choice questions the rollups are kept by (set by an
-- administrator; AnalyticsRollups.setGroups rebuilds the questionnaire's rollups with them). Other questions
-- can still group a query: it reads the raw answers. Questions go by name: their survey_variable rows appear
-- with the first response.
CREATE TABLE analytics_group (
    questionnaire_id BIGINT      NOT NULL,
    question         VARCHAR(64) NOT NULL,
    position         INT         NOT NULL,
    CONSTRAINT pk_analytics_group PRIMARY KEY (questionnaire_id, question),
    CONSTRAINT fk_analytics_group_questionnaire FOREIGN KEY (questionnaire_id) REFERENCES questionnaire (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- Grain 3 of analytics_rollup: each answer once more per key group of its response, under the group question
-- (group_variable_id) and the respondent's answer to it (group_choice), at the response's province. Grains 1 and 2
-- hold 0 and ''. Below a province, and for two groups at once, queries read the raw answers.
ALTER TABLE analytics_rollup
    ADD COLUMN group_variable_id BIGINT      NOT NULL DEFAULT 0,
    ADD COLUMN group_choice      VARCHAR(64) NOT NULL DEFAULT '';

-- (jOOQ's DDL parser, which generates the table classes, cannot read the key change; only plain SQL uses the table)
-- [jooq ignore start]
ALTER TABLE analytics_rollup
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (variable_id, grain, group_variable_id, group_choice, month_start, area_id, stratum, psu, choice);
-- [jooq ignore stop]
