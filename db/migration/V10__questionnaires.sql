-- Questionnaires: questionnaire → versions → sections → questions → choices, and the sampling plan.
-- A version is a draft until it is published; a published version is frozen (the service refuses
-- edits) and every response names the version it answered. Question names are the variables that
-- statistics read: they keep their meaning across versions.
-- Texts people read are JSON objects by language code, e.g. {"vi": "Giới tính", "en": "Sex"}.
-- Expressions (relevance, constraints, calculations, choice filters) are kept as written and parsed
-- when a version is loaded. Names need not be unique in a draft (a draft may be work in progress);
-- publishing validates the whole questionnaire first.

CREATE TABLE questionnaire (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    -- stable machine name (XLSForm form_id), e.g. 'khao_sat_chinh_sach'
    code             VARCHAR(64)  NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    -- the area subtree of the administrators who own it ('/' national, '/08/' a province)
    owner_area_path  VARCHAR(255) NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    created_by       VARCHAR(64)  NOT NULL,
    archived_at      DATETIME(6)  NULL,
    -- the sampling plan (per questionnaire; its strata are in sampling_stratum)
    sampling_design  VARCHAR(20)  NOT NULL,
    stratify_by      VARCHAR(64)  NULL,
    cluster_by       VARCHAR(64)  NULL,
    population       BIGINT       NULL,
    target           INT          NULL,
    CONSTRAINT pk_questionnaire PRIMARY KEY (id),
    CONSTRAINT uk_questionnaire_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE INDEX idx_questionnaire_owner ON questionnaire (owner_area_path);

CREATE TABLE sampling_stratum (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    questionnaire_id BIGINT       NOT NULL,
    position         INT          NOT NULL,
    code             VARCHAR(64)  NOT NULL,
    population       BIGINT       NULL,
    target           INT          NOT NULL,
    CONSTRAINT pk_sampling_stratum PRIMARY KEY (id),
    CONSTRAINT uk_sampling_stratum_code UNIQUE (questionnaire_id, code),
    CONSTRAINT fk_sampling_stratum_questionnaire FOREIGN KEY (questionnaire_id)
        REFERENCES questionnaire (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE questionnaire_version (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    questionnaire_id BIGINT       NOT NULL,
    number           INT          NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    title            TEXT         NOT NULL,
    -- language codes, default first, e.g. 'vi,en'
    languages        VARCHAR(64)  NOT NULL,
    -- where the content came from: designer, api, xlsform:<file>, template:<id>, copy:<id>
    source           VARCHAR(255) NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    created_by       VARCHAR(64)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    published_at     DATETIME(6)  NULL,
    published_by     VARCHAR(64)  NULL,
    CONSTRAINT pk_questionnaire_version PRIMARY KEY (id),
    CONSTRAINT uk_questionnaire_version_number UNIQUE (questionnaire_id, number),
    CONSTRAINT fk_questionnaire_version_questionnaire FOREIGN KEY (questionnaire_id)
        REFERENCES questionnaire (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE form_section (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    version_id  BIGINT       NOT NULL,
    position    INT          NOT NULL,
    name        VARCHAR(64)  NOT NULL,
    label       TEXT         NOT NULL,
    relevant    TEXT         NULL,
    CONSTRAINT pk_form_section PRIMARY KEY (id),
    CONSTRAINT fk_form_section_version FOREIGN KEY (version_id)
        REFERENCES questionnaire_version (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE INDEX idx_form_section_version ON form_section (version_id, position);

CREATE TABLE form_question (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    section_id         BIGINT       NOT NULL,
    position           INT          NOT NULL,
    name               VARCHAR(64)  NOT NULL,
    type               VARCHAR(20)  NOT NULL,
    label              TEXT         NOT NULL,
    hint               TEXT         NULL,
    required           BOOLEAN      NOT NULL DEFAULT FALSE,
    relevant           TEXT         NULL,
    constraint_expr    TEXT         NULL,
    constraint_message TEXT         NULL,
    default_value      VARCHAR(255) NULL,
    calculation        TEXT         NULL,
    choice_filter      TEXT         NULL,
    appearance         VARCHAR(100) NULL,
    -- XLSForm list name of the choices, shared by questions that use the same list
    list_name          VARCHAR(64)  NULL,
    CONSTRAINT pk_form_question PRIMARY KEY (id),
    CONSTRAINT fk_form_question_section FOREIGN KEY (section_id)
        REFERENCES form_section (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE INDEX idx_form_question_section ON form_question (section_id, position);

-- Choices of a question (kind 'choice') and the items of a matrix (kind 'item').
CREATE TABLE form_choice (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    question_id BIGINT       NOT NULL,
    kind        VARCHAR(8)   NOT NULL,
    position    INT          NOT NULL,
    name        VARCHAR(64)  NOT NULL,
    label       TEXT         NOT NULL,
    -- extra columns of the XLSForm choices sheet, read by choice filters, e.g. {"province": "08"}
    attributes  TEXT         NULL,
    CONSTRAINT pk_form_choice PRIMARY KEY (id),
    CONSTRAINT fk_form_choice_question FOREIGN KEY (question_id)
        REFERENCES form_question (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE INDEX idx_form_choice_question ON form_choice (question_id, kind, position);
