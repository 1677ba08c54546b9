-- Core workflow schema. No foreign keys: DuckDB rewrites updated rows of a
-- referenced table as delete+insert and then refuses them; integrity is kept by the services.

CREATE TABLE cities (
    code VARCHAR PRIMARY KEY,          -- GB/T 2260 code of the city or prefecture, e.g. 4301
    name VARCHAR NOT NULL UNIQUE       -- 长沙市
);
INSERT INTO cities VALUES
    ('4301', '长沙市'), ('4302', '株洲市'), ('4303', '湘潭市'), ('4304', '衡阳市'),
    ('4305', '邵阳市'), ('4306', '岳阳市'), ('4307', '常德市'), ('4308', '张家界市'),
    ('4309', '益阳市'), ('4310', '郴州市'), ('4311', '永州市'), ('4312', '怀化市'),
    ('4313', '娄底市'), ('4331', '湘西土家族苗族自治州');

CREATE TABLE audit_events (
    seq         BIGINT PRIMARY KEY,
    occurred_at TIMESTAMP NOT NULL,
    actor       VARCHAR NOT NULL,
    role        VARCHAR NOT NULL,
    action      VARCHAR NOT NULL,
    entity      VARCHAR NOT NULL,
    entity_id   VARCHAR,
    before_json VARCHAR,
    after_json  VARCHAR,
    prev_hash   VARCHAR NOT NULL,
    hash        VARCHAR NOT NULL
);
CREATE TABLE audit_head (id INTEGER PRIMARY KEY, seq BIGINT NOT NULL, hash VARCHAR NOT NULL);
INSERT INTO audit_head VALUES (1, 0, '');

CREATE SEQUENCE candidate_seq START 1;
CREATE TABLE candidates (
    id         BIGINT PRIMARY KEY,
    id_number  VARCHAR NOT NULL UNIQUE,
    name       VARCHAR NOT NULL,
    gender     VARCHAR,
    phone      VARCHAR,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE SEQUENCE user_seq START 1;
CREATE TABLE users (
    id              BIGINT PRIMARY KEY,
    username        VARCHAR NOT NULL UNIQUE,  -- ID number for candidates
    role            VARCHAR NOT NULL CHECK (role IN ('candidate', 'reviewer', 'admin')),
    display_name    VARCHAR NOT NULL,
    cities          VARCHAR[] NOT NULL,       -- review/admin scope; empty for candidates
    candidate_id    BIGINT,
    password_hash   VARCHAR,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP,
    active          BOOLEAN NOT NULL DEFAULT true,
    created_at      TIMESTAMP NOT NULL
);

CREATE SEQUENCE round_seq START 1;
CREATE TABLE rounds (
    id          BIGINT PRIMARY KEY,
    exam_year   INTEGER NOT NULL,
    exam        VARCHAR,                      -- NULL: the round covers every exam of that year
    name        VARCHAR NOT NULL,
    opens_at    TIMESTAMP NOT NULL,
    closes_at   TIMESTAMP NOT NULL,
    return_days INTEGER NOT NULL DEFAULT 5,   -- a returned case may be answered this many days
    created_at  TIMESTAMP NOT NULL,
    CHECK (closes_at > opens_at)
);

CREATE SEQUENCE case_seq START 1;
CREATE TABLE cases (
    id              BIGINT PRIMARY KEY,
    candidate_id    BIGINT NOT NULL,
    exam            VARCHAR NOT NULL,
    level           VARCHAR NOT NULL,
    exam_year       INTEGER NOT NULL,
    city            VARCHAR NOT NULL,         -- the review body (city bureau) holding the case
    employer        VARCHAR,
    scores          VARCHAR,
    state           VARCHAR NOT NULL,
    submission_no   INTEGER NOT NULL DEFAULT 0,
    submitted_at    TIMESTAMP,
    return_deadline TIMESTAMP,
    flagged         BOOLEAN NOT NULL DEFAULT false,
    flags           VARCHAR,                  -- ;-separated finding codes that flag the case
    declared_json   VARCHAR,                  -- the candidate's self-check (rules.Candidate fields)
    returned_by     BIGINT,                   -- reviewer of the last return: preferred on resubmission
    decided_by      BIGINT,
    decided_at      TIMESTAMP,
    decision_json   VARCHAR,
    list_row_hash   VARCHAR,                  -- hash of the imported list row, for idempotent re-import
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL,
    UNIQUE (candidate_id, exam, exam_year)
);

-- Open queue entries: only cases waiting for or under review. Claim-next reads the city's
-- entries from its head position on, so decided cases are never scanned.
CREATE SEQUENCE queue_seq START 1;
CREATE TABLE queue_entries (
    case_id            BIGINT PRIMARY KEY,
    city               VARCHAR NOT NULL,
    qseq               BIGINT NOT NULL,       -- position: oldest first
    name               VARCHAR,               -- candidate's name, so a queue page needs no join
    exam               VARCHAR NOT NULL,
    level              VARCHAR NOT NULL,
    state              VARCHAR NOT NULL,      -- submitted | resubmitted | in_review
    flagged            BOOLEAN NOT NULL,
    queued_at          TIMESTAMP NOT NULL,
    lease_owner        BIGINT,
    lease_until        TIMESTAMP,
    preferred_reviewer BIGINT
);
-- Lowest qseq still in each city's queue: claim-next starts there (row groups below are skipped).
CREATE TABLE queue_heads (city VARCHAR PRIMARY KEY, head BIGINT NOT NULL);
INSERT INTO queue_heads SELECT code, 0 FROM cities;
-- Resubmitted cases waiting for the reviewer who returned them (small: looked up first).
CREATE TABLE queue_preferred (case_id BIGINT PRIMARY KEY, reviewer_id BIGINT NOT NULL);

CREATE TABLE case_documents (
    case_id       BIGINT NOT NULL,
    submission_no INTEGER NOT NULL,           -- the submission these files belong to (next one while drafting)
    slot          VARCHAR NOT NULL,           -- document kind code (checks/templates/<kind>.yaml)
    upload_id     VARCHAR NOT NULL,           -- uploads.id (0002_uploads)
    attached_at   TIMESTAMP NOT NULL,
    PRIMARY KEY (case_id, submission_no, slot, upload_id)
);

CREATE TABLE analysis_jobs (
    case_id       BIGINT NOT NULL,
    submission_no INTEGER NOT NULL,
    status        VARCHAR NOT NULL,           -- pending | running | done | error
    progress      DOUBLE NOT NULL DEFAULT 0,
    message       VARCHAR,
    updated_at    TIMESTAMP NOT NULL,
    PRIMARY KEY (case_id, submission_no)
);

CREATE TABLE case_findings (
    case_id       BIGINT NOT NULL,
    submission_no INTEGER NOT NULL,
    source        VARCHAR NOT NULL,           -- rules | checks
    code          VARCHAR NOT NULL,
    severity      VARCHAR NOT NULL,           -- fail | warn | info
    message       VARCHAR NOT NULL,
    file          VARCHAR,
    field         VARCHAR,
    read_value    VARCHAR,
    expected      VARCHAR
);

-- One-time notice (一次性告知): at most one return per submission, enforced by the key.
CREATE TABLE case_notices (
    case_id       BIGINT NOT NULL,
    submission_no INTEGER NOT NULL,
    reviewer_id   BIGINT NOT NULL,
    items_json    VARCHAR NOT NULL,
    deadline      TIMESTAMP NOT NULL,
    created_at    TIMESTAMP NOT NULL,
    PRIMARY KEY (case_id, submission_no)
);

-- Review operations, undone latest-first by an administrator's rollback.
CREATE SEQUENCE review_op_seq START 1;
CREATE TABLE review_ops (
    id          BIGINT PRIMARY KEY,
    case_id     BIGINT NOT NULL,
    op          VARCHAR NOT NULL,             -- pass | fail | return | transfer | reassign
    actor_id    BIGINT NOT NULL,
    done_at     TIMESTAMP NOT NULL,
    before_json VARCHAR NOT NULL,             -- case fields to restore on rollback
    after_json  VARCHAR NOT NULL,
    undone_at   TIMESTAMP,
    undone_by   BIGINT
);

CREATE SEQUENCE blacklist_seq START 1;
CREATE TABLE blacklist (
    id          BIGINT PRIMARY KEY,
    id_number   VARCHAR NOT NULL,
    name        VARCHAR NOT NULL,
    reason      VARCHAR NOT NULL,
    added_by    BIGINT NOT NULL,
    added_at    TIMESTAMP NOT NULL,
    lifted_at   TIMESTAMP,
    lifted_by   BIGINT,
    lift_reason VARCHAR
);

-- Earlier failed manual checks (not meeting the conditions): such people are not accepted again.
CREATE TABLE check_history (
    id_number VARCHAR NOT NULL,
    exam      VARCHAR NOT NULL,
    exam_year INTEGER NOT NULL,
    reason    VARCHAR NOT NULL,
    case_id   BIGINT,                         -- NULL for records entered from earlier rounds
    recorded_at TIMESTAMP NOT NULL
);
