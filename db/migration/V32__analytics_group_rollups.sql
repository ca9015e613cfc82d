-- Rollups by respondent group (module analytics): the dashboards break a question down by a key group (sex, age
-- group, occupation, ...) and keep only one group, in milliseconds on a million responses, as they do by area.
--
-- analytics_group lists, per questionnaire, the single-choice questions kept (set by an administrator;
-- AnalyticsRollups.setGroups rebuilds the questionnaire's rollups with them). Questions go by name: their
-- survey_variable rows appear with the first response.
CREATE TABLE analytics_group (
    questionnaire_id BIGINT      NOT NULL,
    question         VARCHAR(64) NOT NULL,
    position         INT         NOT NULL,
    CONSTRAINT pk_analytics_group PRIMARY KEY (questionnaire_id, question),
    CONSTRAINT fk_analytics_group_questionnaire FOREIGN KEY (questionnaire_id) REFERENCES questionnaire (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- Per questionnaire variable x option x key group question x its answer x province x stratum x PSU: n, Σy, Σy²,
-- as analytics_rollup holds them, over the whole period. Without the month: a month x PSU x group answer cell holds
-- about one response even at a million, so monthly group sums made every answer cost several new rows, and the
-- rollups' drainer fell hours behind the submissions (measured: 150 responses/s at 100,000); over the whole period
-- a cell folds hundreds of responses. Group queries over a range of months, by month, with two groups at once or
-- below a province read the raw answers instead.
CREATE TABLE analytics_group_rollup (
    variable_id       BIGINT       NOT NULL,
    group_variable_id BIGINT       NOT NULL,
    group_choice      VARCHAR(64)  NOT NULL,
    area_id           BIGINT       NOT NULL,
    stratum           VARCHAR(64)  NOT NULL,
    psu               VARCHAR(64)  NOT NULL,
    choice            VARCHAR(64)  NOT NULL,
    area_path         VARCHAR(255) NOT NULL,
    n                 BIGINT       NOT NULL,
    sum_y             DOUBLE       NOT NULL,
    sum_y2            DOUBLE       NOT NULL,
    CONSTRAINT pk_analytics_group_rollup
        PRIMARY KEY (variable_id, group_variable_id, group_choice, area_id, stratum, psu, choice),
    CONSTRAINT fk_analytics_group_rollup_variable FOREIGN KEY (variable_id) REFERENCES survey_variable (id),
    CONSTRAINT fk_analytics_group_rollup_group FOREIGN KEY (group_variable_id) REFERENCES survey_variable (id),
    CONSTRAINT fk_analytics_group_rollup_area FOREIGN KEY (area_id) REFERENCES area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
