-- Publication (公示) and certificates. No foreign keys (see 0001_core).

-- A pass list for one round: exam + year, optionally one level and one city (NULL = all).
CREATE SEQUENCE pass_list_seq START 1;
CREATE TABLE pass_lists (
    id            BIGINT PRIMARY KEY,
    exam          VARCHAR NOT NULL,
    exam_year     INTEGER NOT NULL,
    level         VARCHAR,
    city          VARCHAR,
    title         VARCHAR NOT NULL,
    status        VARCHAR NOT NULL CHECK (status IN ('draft', 'reviewed', 'published', 'final')),
    created_by    BIGINT NOT NULL,
    created_at    TIMESTAMP NOT NULL,
    reviewed_by   BIGINT,
    reviewed_at   TIMESTAMP,
    published_by  BIGINT,
    published_at  TIMESTAMP,
    notice_start  DATE,
    notice_end    DATE,                       -- last day of the notice, in working days
    notice_days   INTEGER,
    finalised_at  TIMESTAMP
);

-- One row per case on a list; never deleted: an objection sets status 'removed' and a change row.
CREATE TABLE pass_list_entries (
    list_id      BIGINT NOT NULL,
    case_id      BIGINT NOT NULL,
    candidate_id BIGINT NOT NULL,
    name         VARCHAR NOT NULL,
    gender       VARCHAR,
    id_number    VARCHAR NOT NULL,
    phone        VARCHAR,
    exam         VARCHAR NOT NULL,
    level        VARCHAR NOT NULL,
    city         VARCHAR NOT NULL,
    employer     VARCHAR,
    status       VARCHAR NOT NULL CHECK (status IN ('listed', 'removed', 'final')),
    PRIMARY KEY (list_id, case_id)
);

CREATE SEQUENCE pass_list_change_seq START 1;
CREATE TABLE pass_list_changes (
    id           BIGINT PRIMARY KEY,
    list_id      BIGINT NOT NULL,
    case_id      BIGINT,                      -- NULL for list-wide changes (built, published, final)
    change       VARCHAR NOT NULL,            -- built | reviewed | published | removed | final
    reason       VARCHAR,
    objection_id BIGINT,
    actor_id     BIGINT NOT NULL,
    changed_at   TIMESTAMP NOT NULL
);

CREATE SEQUENCE objection_seq START 1;
CREATE TABLE objections (
    id           BIGINT PRIMARY KEY,
    list_id      BIGINT NOT NULL,
    case_id      BIGINT NOT NULL,
    raised_by    VARCHAR NOT NULL,            -- who objected (实名: name and contact as given)
    reason       VARCHAR NOT NULL,
    recorded_by  BIGINT NOT NULL,
    recorded_at  TIMESTAMP NOT NULL
);

-- Holiday arrangements the administrator enters for years chinesecalendar does not know yet.
CREATE TABLE holiday_overrides (
    day        DATE PRIMARY KEY,
    is_workday BOOLEAN NOT NULL,              -- false: 放假; true: 调休上班 on a weekend
    name       VARCHAR NOT NULL,
    entered_by BIGINT NOT NULL,
    entered_at TIMESTAMP NOT NULL
);
CREATE TABLE holiday_years (
    year       INTEGER PRIMARY KEY,           -- declared complete: other days follow Mon–Fri
    source     VARCHAR NOT NULL,              -- the 国务院办公厅 notice it was entered from
    entered_by BIGINT NOT NULL,
    entered_at TIMESTAMP NOT NULL
);

-- Series codes (positions 2–3 of a Hunan code); while empty any two digits are accepted.
CREATE TABLE cert_series (
    code     VARCHAR PRIMARY KEY,
    name     VARCHAR NOT NULL,
    added_by BIGINT NOT NULL,
    added_at TIMESTAMP NOT NULL
);

-- The "current issuing unit" of an administrator account (湖南职称软件说明: 设置为当前使用单位).
CREATE TABLE issuing_units (
    user_id     BIGINT PRIMARY KEY,
    scheme      VARCHAR NOT NULL,
    unit_code   VARCHAR NOT NULL,             -- 43 / 4301 / 430102
    body_name   VARCHAR NOT NULL,             -- printed as 评审(发证)机构
    set_by      BIGINT NOT NULL,
    set_at      TIMESTAMP NOT NULL
);

-- Serial pools: one per code prefix (scheme, level, series, year, method, issuing unit); blocks of
-- serials are added automatically when the pool runs out, up to the scheme's last serial.
CREATE SEQUENCE serial_pool_seq START 1;
CREATE TABLE serial_pools (
    id          BIGINT PRIMARY KEY,
    scheme      VARCHAR NOT NULL,
    prefix      VARCHAR NOT NULL,
    unit_code   VARCHAR NOT NULL,
    year        INTEGER NOT NULL,
    next_serial INTEGER NOT NULL,
    capacity    INTEGER NOT NULL,             -- last serial of the blocks allocated so far
    created_at  TIMESTAMP NOT NULL,
    UNIQUE (scheme, prefix)
);
CREATE TABLE serial_pool_blocks (
    pool_id      BIGINT NOT NULL,
    first_serial INTEGER NOT NULL,
    last_serial  INTEGER NOT NULL,
    reason       VARCHAR NOT NULL,            -- created | extended
    created_at   TIMESTAMP NOT NULL
);

CREATE SEQUENCE cert_batch_seq START 1;
CREATE SEQUENCE certificate_seq START 1;
CREATE TABLE certificates (
    id              BIGINT PRIMARY KEY,
    cert_no         VARCHAR NOT NULL UNIQUE,
    scheme          VARCHAR NOT NULL,
    pool_id         BIGINT NOT NULL,
    serial          INTEGER NOT NULL,
    batch_id        BIGINT NOT NULL,
    case_id         BIGINT,
    candidate_id    BIGINT,
    basis_cert_id   BIGINT,                   -- the certificate this one was obtained on the basis of
    name            VARCHAR NOT NULL,
    name_printed    VARCHAR NOT NULL,
    gender          VARCHAR,
    id_number       VARCHAR NOT NULL,
    phone           VARCHAR,
    submitting_unit VARCHAR,
    qualification   VARCHAR NOT NULL,
    exam            VARCHAR,
    level           VARCHAR,
    level_name      VARCHAR NOT NULL,
    series          VARCHAR,
    specialty       VARCHAR,
    issuing_body    VARCHAR NOT NULL,
    unit_code       VARCHAR NOT NULL,
    city            VARCHAR,                  -- the case's city (scope of city administrators)
    obtained_on     DATE,
    issued_on       DATE NOT NULL,
    issued_at       TIMESTAMP NOT NULL,
    issued_by       BIGINT NOT NULL,
    signature       VARCHAR NOT NULL,
    key_id          VARCHAR NOT NULL,
    status          VARCHAR NOT NULL CHECK (status IN ('valid', 'revoked')),
    revoked_at      TIMESTAMP,
    revoked_by      BIGINT,
    revoke_reason   VARCHAR,
    revoke_kind     VARCHAR                   -- error | fraud | cascade
);
CREATE INDEX certificates_id_number ON certificates (id_number);
CREATE INDEX certificates_issued_at ON certificates (issued_at);

-- Integrity records (职称评审诚信档案), kept 3 years from the record date (湘人社函〔2024〕72号).
CREATE SEQUENCE integrity_seq START 1;
CREATE TABLE integrity_records (
    id          BIGINT PRIMARY KEY,
    id_number   VARCHAR NOT NULL,
    name        VARCHAR NOT NULL,
    cert_id     BIGINT,
    case_id     BIGINT,
    reason      VARCHAR NOT NULL,
    recorded_by BIGINT NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    keep_until  DATE NOT NULL
);

-- Public verification attempts, for rate limiting (no ID or phone numbers are kept).
CREATE TABLE verification_log (
    tried_at TIMESTAMP NOT NULL,
    client   VARCHAR NOT NULL,
    cert_no  VARCHAR NOT NULL,
    outcome  VARCHAR NOT NULL                 -- valid | revoked | unknown | limited
);
CREATE INDEX verification_log_client ON verification_log (client, tried_at);
