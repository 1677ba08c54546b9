INSERT INTO audit_events (seq, occurred_at, actor, role, action, entity, entity_id, before_json, after_json, prev_hash, hash, row_digest)
VALUES ($seq, $at, $actor, $role, $action, $entity, $entity_id, $before_json, $after_json, $prev_hash, $hash, $row_digest);
