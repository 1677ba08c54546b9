UPDATE sessions SET last_seen = $now WHERE token_hash = $token_hash AND revoked_at IS NULL;
