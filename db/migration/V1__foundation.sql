-- Foundation: administrative areas, accounts, API tokens and the audit trail.
-- Every table is utf8mb4 with the Vietnamese collation, so names sort as Vietnamese readers
-- expect (a < ă < â, d < đ); searching without diacritics goes through the *search_name columns.
-- Instants are stored as DATETIME(6) in UTC; jOOQ maps every DATETIME column to java.time.Instant.

CREATE TABLE area (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(16)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    search_name VARCHAR(200) NOT NULL,
    level       VARCHAR(20)  NOT NULL,
    type        VARCHAR(20)  NOT NULL,
    parent_id   BIGINT       NULL,
    -- materialised path of codes, e.g. '/08/02236/', for subtree scoping with LIKE '/08/%'
    path        VARCHAR(255) NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at  DATETIME(6)  NOT NULL,
    retired_at  DATETIME(6)  NULL,
    CONSTRAINT pk_area PRIMARY KEY (id),
    CONSTRAINT uk_area_code UNIQUE (code),
    CONSTRAINT fk_area_parent FOREIGN KEY (parent_id) REFERENCES area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE INDEX idx_area_parent ON area (parent_id);
CREATE INDEX idx_area_path ON area (path);

-- Every name an area has carried, so old responses and reports can show the name of their time.
CREATE TABLE area_name (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    area_id    BIGINT       NOT NULL,
    name       VARCHAR(200) NOT NULL,
    valid_from DATETIME(6)  NOT NULL,
    valid_to   DATETIME(6)  NULL,
    CONSTRAINT pk_area_name PRIMARY KEY (id),
    CONSTRAINT fk_area_name_area FOREIGN KEY (area_id) REFERENCES area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE INDEX idx_area_name_area ON area_name (area_id, valid_from);

CREATE TABLE app_user (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    username        VARCHAR(64)  NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    password_hash   VARCHAR(200) NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    -- the root of the area subtree the user works in; NULL = the whole country
    area_id         BIGINT       NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins   INT          NOT NULL DEFAULT 0,
    locked_until_at DATETIME(6)  NULL,
    created_at      DATETIME(6)  NOT NULL,
    last_login_at   DATETIME(6)  NULL,
    CONSTRAINT pk_app_user PRIMARY KEY (id),
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_area FOREIGN KEY (area_id) REFERENCES area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- Bearer tokens for the REST API. Only a SHA-256 of the secret is kept.
CREATE TABLE api_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    user_id      BIGINT       NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    prefix       VARCHAR(16)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    last_used_at DATETIME(6)  NULL,
    revoked_at   DATETIME(6)  NULL,
    CONSTRAINT pk_api_token PRIMARY KEY (id),
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE INDEX idx_api_token_user ON api_token (user_id, kind);

-- Append-only trail of sign-ins, data changes, reads of raw data and exports.
CREATE TABLE audit_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    outcome     VARCHAR(16)  NOT NULL,
    target_type VARCHAR(64)  NULL,
    target_id   VARCHAR(64)  NULL,
    area_path   VARCHAR(255) NULL,
    details     TEXT         NULL,
    client_ip   VARCHAR(64)  NULL,
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE INDEX idx_audit_event_time ON audit_event (occurred_at);
CREATE INDEX idx_audit_event_actor ON audit_event (actor, occurred_at);
CREATE INDEX idx_audit_event_action ON audit_event (action, occurred_at);
