INSERT INTO one_time_codes (candidate_id, purpose, code_hash, created_at, expires_at)
VALUES ($candidate_id, $purpose, $hash, $now, $expires);
