-- Fieldwork: assignments with quotas, and surveyors' drafts (autosaved, resumed on any device).

-- A supervisor gives a surveyor a published questionnaire to collect in an area during a period.
CREATE TABLE assignment (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    questionnaire_id BIGINT        NOT NULL,
    surveyor_id      BIGINT        NOT NULL,
    area_id          BIGINT        NOT NULL,
    -- the area's path ('/08/08001/'): the assignment's interviews lie inside it
    area_path        VARCHAR(255)  NOT NULL,
    starts_on        DATE          NOT NULL,
    ends_on          DATE          NOT NULL,
    -- total number of interviews expected (the sum of the quotas when there are quotas)
    target           INT           NOT NULL,
    created_by       BIGINT        NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    CONSTRAINT pk_assignment PRIMARY KEY (id),
    CONSTRAINT fk_assignment_questionnaire FOREIGN KEY (questionnaire_id) REFERENCES questionnaire (id),
    CONSTRAINT fk_assignment_surveyor FOREIGN KEY (surveyor_id) REFERENCES app_user (id),
    CONSTRAINT fk_assignment_area FOREIGN KEY (area_id) REFERENCES area (id),
    CONSTRAINT fk_assignment_created_by FOREIGN KEY (created_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE INDEX idx_assignment_surveyor ON assignment (surveyor_id, ends_on);
CREATE INDEX idx_assignment_area ON assignment (area_path);

-- Target count per stratum of the sampling plan (the stratum code of response.stratum). A stratum
-- whose quota is reached refuses further interviews of the assignment.
CREATE TABLE assignment_quota (
    assignment_id BIGINT       NOT NULL,
    stratum       VARCHAR(64)  NOT NULL,
    target        INT          NOT NULL,
    CONSTRAINT pk_assignment_quota PRIMARY KEY (assignment_id, stratum),
    CONSTRAINT fk_assignment_quota_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- An interview in progress, saved seconds after every change. Only its surveyor reads it. On
-- submission its uuid becomes the response's uuid and the draft is deleted in the same transaction.
CREATE TABLE response_draft (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    uuid             CHAR(36)      NOT NULL,
    questionnaire_id BIGINT        NOT NULL,
    version_number   INT           NOT NULL,
    assignment_id    BIGINT        NULL,
    surveyor_id      BIGINT        NOT NULL,
    area_code        VARCHAR(16)   NULL,
    -- the answers as typed, JSON {"name": value}
    answers          MEDIUMTEXT    NOT NULL,
    -- a returned response this draft fixes: submitting the draft supersedes it
    replaces_response_id BIGINT NULL,
    -- paradata so far, JSON: seconds per section, consent, location
    paradata         TEXT          NULL,
    started_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    CONSTRAINT pk_response_draft PRIMARY KEY (id),
    CONSTRAINT uk_response_draft_uuid UNIQUE (uuid),
    CONSTRAINT fk_response_draft_questionnaire FOREIGN KEY (questionnaire_id) REFERENCES questionnaire (id),
    CONSTRAINT fk_response_draft_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id),
    CONSTRAINT fk_response_draft_surveyor FOREIGN KEY (surveyor_id) REFERENCES app_user (id),
    CONSTRAINT fk_response_draft_replaces FOREIGN KEY (replaces_response_id) REFERENCES response (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE INDEX idx_response_draft_surveyor ON response_draft (surveyor_id, updated_at);
