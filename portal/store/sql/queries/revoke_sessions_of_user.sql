-- Revoke every open session of a user; returns how many were open.
UPDATE sessions SET revoked_at = $now, revoked_why = $why WHERE user_id = $user_id AND revoked_at IS NULL
RETURNING token_hash;
