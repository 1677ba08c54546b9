-- A batch of sealed events in one statement: one list per column, zipped by unnest.
INSERT INTO audit_events (seq, occurred_at, actor, role, action, entity, entity_id, before_json, after_json, prev_hash, hash, row_digest)
SELECT unnest($seq::BIGINT[]), unnest($at::TIMESTAMP[]), unnest($actor::VARCHAR[]), unnest($role::VARCHAR[]),
       unnest($action::VARCHAR[]), unnest($entity::VARCHAR[]), unnest($entity_id::VARCHAR[]),
       unnest($before_json::VARCHAR[]), unnest($after_json::VARCHAR[]), unnest($prev_hash::VARCHAR[]),
       unnest($hash::VARCHAR[]), unnest($row_digest::VARCHAR[]);
