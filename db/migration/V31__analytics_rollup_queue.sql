-- The rollups' outbox (module analytics). The transaction that stores a response or changes its status only
-- appends a row here (+1: the response entered a counted status, -1: it left one); a drainer folds the queued
-- responses into analytics_rollup and analytics_frame in batches of thousands and deletes the rows, in one
-- transaction, so every change is applied exactly once. Keeping the sums inside the storing transaction cost
-- the submission pipeline 90% and more of its rate: a batch of one surveyor's responses touches dozens of rollup
-- rows per response, while a drained batch of many surveyors' responses shares most of them.
-- Dashboards catch the queue up before they read (AnalyticsRollups.catchUp), so a reader sees its own writes.
CREATE TABLE analytics_rollup_queue (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    response_id BIGINT      NOT NULL,
    delta       TINYINT     NOT NULL,
    queued_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT pk_analytics_rollup_queue PRIMARY KEY (id),
    CONSTRAINT fk_analytics_rollup_queue_response FOREIGN KEY (response_id) REFERENCES response (id),
    CONSTRAINT ck_analytics_rollup_queue_delta CHECK (delta IN (-1, 1))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE INDEX idx_analytics_rollup_queue_response ON analytics_rollup_queue (response_id);

-- One row whose lock serialises the writers of the rollups (drains and rebuilds), across application instances.
CREATE TABLE analytics_rollup_lock (
    id TINYINT NOT NULL,
    CONSTRAINT pk_analytics_rollup_lock PRIMARY KEY (id)
) ENGINE = InnoDB;

INSERT INTO analytics_rollup_lock (id) VALUES (1);
