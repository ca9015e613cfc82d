-- Day rollups of survey answers (module analytics): the sums of analytics_rollup at grain 1 (province), per day of
-- interview instead of per month, for trends by day and by ISO week (a week cuts across months). Maintained with the
-- month rollups by the same drains and rebuilds (RollupDelta), from the same responses.
--
-- A cell holds few responses (the demo's million: 204 clusters x 730 days, about 7 responses a cluster-day), so the
-- table grows to about half the size of the answers; month and quarter queries keep reading analytics_rollup, where a
-- cell folds hundreds. Commune breakdowns and key groups by day read the raw answers.
CREATE TABLE analytics_day_rollup (
    variable_id  BIGINT       NOT NULL,
    day          DATE         NOT NULL,
    area_id      BIGINT       NOT NULL,
    stratum      VARCHAR(64)  NOT NULL,
    psu          VARCHAR(64)  NOT NULL,
    choice       VARCHAR(64)  NOT NULL,
    area_path    VARCHAR(255) NOT NULL,
    n            BIGINT       NOT NULL,
    sum_y        DOUBLE       NOT NULL,
    sum_y2       DOUBLE       NOT NULL,
    CONSTRAINT pk_analytics_day_rollup PRIMARY KEY (variable_id, day, area_id, stratum, psu, choice),
    -- no foreign key to area: its index would cost every new row (a million responses: 1 GB of index beside 2.4 GB
    -- of rows), and the area is the province of a stored response
    CONSTRAINT fk_analytics_day_rollup_variable FOREIGN KEY (variable_id) REFERENCES survey_variable (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
