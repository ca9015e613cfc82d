-- Rollups of survey answers for the dashboards and the estimates API (module analytics).
-- They hold only the responses whose status counts in statistics (pulse.fieldwork.statistics-statuses),
-- maintained in the transaction that stores a response or changes its status (ResponseStatusChanged),
-- and can be rebuilt from response/response_answer at any time (AnalyticsRollups.rebuild).
--
-- Sums are UNWEIGHTED. A design weight N_h/n_h depends on n_h, the number of counted responses of the
-- stratum, which changes with every approval or rejection; weights are constant within a stratum, so
-- Σw·y = w_h·Σy, Σw²·y² = w_h²·Σy² and so on, and the weight is applied at query time (exact, never stale).

-- Per questionnaire variable x option x month x area x stratum x PSU: n, Σy, Σy².
-- Choice questions (select_one, select_multiple) have one row with choice '' counting those who answered
-- (y = 0) and one row per chosen option (y = 1); numeric questions (integer, decimal, likert, rating,
-- numeric calculate) one row with choice '' holding the values. Interview days are kept as their month
-- (the first day): the dashboards' finest period is a month, and a day grain would make the table as large
-- as the answers themselves. Each answer is counted twice: at grain 1 under the response's province (the
-- first area of its path: national trends and province breakdowns read few rows) and at grain 2 under the
-- response's own area (communes of a province, commune-scoped users).
CREATE TABLE analytics_rollup (
    variable_id  BIGINT       NOT NULL,
    grain        TINYINT      NOT NULL,
    month_start  DATE         NOT NULL,
    area_id      BIGINT       NOT NULL,
    stratum      VARCHAR(64)  NOT NULL,
    -- the response's cluster; '' when it has none (element designs add the PSUs of a stratum up at query time)
    psu          VARCHAR(64)  NOT NULL,
    choice       VARCHAR(64)  NOT NULL,
    area_path    VARCHAR(255) NOT NULL,
    n            BIGINT       NOT NULL,
    sum_y        DOUBLE       NOT NULL,
    sum_y2       DOUBLE       NOT NULL,
    CONSTRAINT pk_analytics_rollup PRIMARY KEY (variable_id, grain, month_start, area_id, stratum, psu, choice),
    CONSTRAINT fk_analytics_rollup_variable FOREIGN KEY (variable_id) REFERENCES survey_variable (id),
    CONSTRAINT fk_analytics_rollup_area FOREIGN KEY (area_id) REFERENCES area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- scoped reads (a province's communes, a commune's own rows) go by path before month
CREATE INDEX idx_analytics_rollup_path ON analytics_rollup (variable_id, grain, area_path, month_start);

-- The sampling frame as realised: counted responses per questionnaire x stratum x cluster. n_h (respondents,
-- element designs) and m_h (clusters, cluster designs) of the whole sample follow from it; every estimate,
-- domain estimates included, needs them for its weights and variance.
CREATE TABLE analytics_frame (
    questionnaire_id BIGINT      NOT NULL,
    stratum          VARCHAR(64) NOT NULL,
    psu              VARCHAR(64) NOT NULL,
    n                BIGINT      NOT NULL,
    CONSTRAINT pk_analytics_frame PRIMARY KEY (questionnaire_id, stratum, psu),
    CONSTRAINT fk_analytics_frame_questionnaire FOREIGN KEY (questionnaire_id) REFERENCES questionnaire (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
