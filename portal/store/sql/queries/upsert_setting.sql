INSERT INTO settings (key, value, set_by, set_at) VALUES ($key, $value, $actor_id, $now)
ON CONFLICT (key) DO UPDATE SET value = excluded.value, set_by = excluded.set_by, set_at = excluded.set_at;
