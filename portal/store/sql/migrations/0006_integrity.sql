-- Records that prove themselves: who publishes a pass list and where objections go, the digest of
-- the entity row each audit event leaves behind, and administrator settings (public address).

ALTER TABLE pass_lists ADD COLUMN publisher VARCHAR;        -- the unit publishing the notice
ALTER TABLE pass_lists ADD COLUMN objection_unit VARCHAR;   -- where objections are received
ALTER TABLE pass_lists ADD COLUMN objection_phone VARCHAR;  -- that office's public telephone

ALTER TABLE audit_events ADD COLUMN row_digest VARCHAR;     -- digest of the entity row after the change

CREATE TABLE settings (
    key    VARCHAR PRIMARY KEY,
    value  VARCHAR NOT NULL,
    set_by BIGINT NOT NULL,
    set_at TIMESTAMP NOT NULL
);

-- The digest of every record row an audit event left behind (one row per row it covered); the
-- event's row_digest is the digest of its rows here, so the keyed chain binds them.
CREATE TABLE audit_row_digests (
    seq    BIGINT NOT NULL,
    kind   VARCHAR NOT NULL,                 -- case | candidate | decision | pass_list | pass_list_entry | certificate
    key    VARCHAR NOT NULL,
    digest VARCHAR NOT NULL,
    PRIMARY KEY (seq, kind, key)
);

-- The record columns each kind's digest covers (bookkeeping such as updated_at is left out).
CREATE VIEW audit_rows_case AS
SELECT id, sha256(to_json(struct_pack(id, candidate_id, exam, level, exam_year, city, employer, scores, state,
       submission_no, submitted_at, return_deadline, returned_by, decided_by, decided_at,
       decision_json))::VARCHAR) AS digest FROM cases;
CREATE VIEW audit_rows_candidate AS
SELECT id, sha256(to_json(struct_pack(id, id_number, name, gender, phone))::VARCHAR) AS digest FROM candidates;
CREATE VIEW audit_rows_decision AS
SELECT id, case_id, sha256(to_json(struct_pack(id, case_id, op, actor_id, done_at, before_json, after_json,
       undone_at, undone_by))::VARCHAR) AS digest FROM review_ops;
CREATE VIEW audit_rows_pass_list AS
SELECT id, sha256(to_json(struct_pack(id, exam, exam_year, level, city, title, status, published_at,
       notice_start, notice_end, notice_days, publisher, objection_unit, objection_phone,
       finalised_at))::VARCHAR) AS digest FROM pass_lists;
CREATE VIEW audit_rows_pass_list_entry AS
SELECT list_id, case_id, sha256(to_json(struct_pack(list_id, case_id, candidate_id, name, gender, id_number,
       phone, exam, level, city, employer, status))::VARCHAR) AS digest FROM pass_list_entries;
CREATE VIEW audit_rows_certificate AS
SELECT cert_no, batch_id, sha256(to_json(struct_pack(id, cert_no, scheme, serial, batch_id, case_id,
       candidate_id, basis_cert_id, name, name_printed, gender, id_number, phone, submitting_unit,
       qualification, exam, level, level_name, series, specialty, issuing_body, unit_code, city, obtained_on,
       issued_on, signature, key_id, status, revoked_at, revoke_reason, revoke_kind))::VARCHAR) AS digest
FROM certificates;
CREATE VIEW audit_rows AS
SELECT 'case' AS kind, CAST(id AS VARCHAR) AS key, digest FROM audit_rows_case
UNION ALL SELECT 'candidate', CAST(id AS VARCHAR), digest FROM audit_rows_candidate
UNION ALL SELECT 'decision', CAST(id AS VARCHAR), digest FROM audit_rows_decision
UNION ALL SELECT 'pass_list', CAST(id AS VARCHAR), digest FROM audit_rows_pass_list
UNION ALL SELECT 'pass_list_entry', list_id || ':' || case_id, digest FROM audit_rows_pass_list_entry
UNION ALL SELECT 'certificate', cert_no, digest FROM audit_rows_certificate;
