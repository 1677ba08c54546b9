INSERT OR REPLACE INTO issuing_units (user_id, scheme, unit_code, body_name, set_by, set_at)
VALUES ($user_id, $scheme, $unit_code, $body_name, $actor_id, $now);
