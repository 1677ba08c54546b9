SELECT seq, occurred_at, actor, role, action, entity, entity_id, before_json, after_json
FROM audit_log WHERE entity = $entity AND entity_id = $entity_id ORDER BY seq;
