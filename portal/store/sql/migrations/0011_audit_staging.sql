-- Audit events committed with their change but not yet sealed into the keyed chain: one narrow row
-- each (the event as canonical JSON), written inside the change's transaction; the sealer
-- (portal/store/audit_sealer.py) moves them into audit_events in seq order, in its own transactions.
CREATE TABLE audit_staged (
    seq   BIGINT NOT NULL,
    event VARCHAR NOT NULL
);

-- Every event, sealed or not, with the columns of audit_events; staged ones have no hashes yet.
CREATE VIEW audit_log AS
SELECT seq, occurred_at, actor, role, action, entity, entity_id, before_json, after_json,
       prev_hash, hash, row_digest, true AS sealed
FROM audit_events
UNION ALL
SELECT seq, CAST(json_extract_string(event, '$.at') AS TIMESTAMP), json_extract_string(event, '$.actor'),
       json_extract_string(event, '$.role'), json_extract_string(event, '$.action'),
       json_extract_string(event, '$.entity'), json_extract_string(event, '$.entity_id'),
       json_extract_string(event, '$.before_json'), json_extract_string(event, '$.after_json'),
       NULL, NULL, NULL, false AS sealed
FROM audit_staged;
