-- A session with the current state of its account (one row, or none for an unknown token).
SELECT s.token_hash, s.user_id, s.created_at, s.last_seen, s.client, s.revoked_at,
       u.username, u.role, u.display_name, u.cities, u.candidate_id, u.active,
       coalesce(u.password_version, 0) AS password_version,
       coalesce(u.must_change_password, false) AS must_change_password
FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $token_hash;
