SELECT seq, occurred_at, actor, role, action, entity, entity_id, before_json, after_json, prev_hash, hash, row_digest
FROM audit_events ORDER BY seq;
