UPDATE sessions SET revoked_at = $now, revoked_why = $why WHERE token_hash = $token_hash AND revoked_at IS NULL
RETURNING token_hash;
