-- Consume the live code (once): returns a row only when it was still unused.
UPDATE one_time_codes SET used_at = $now
WHERE candidate_id = $candidate_id AND code_hash = $code_hash AND used_at IS NULL RETURNING candidate_id;
