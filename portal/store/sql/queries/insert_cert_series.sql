INSERT OR REPLACE INTO cert_series (code, name, added_by, added_at) VALUES ($code, $name, $actor_id, $now);
