UPDATE messages SET read_at = $now
WHERE read_at IS NULL
  AND CASE WHEN $candidate_id IS NULL THEN user_id = $user_id ELSE candidate_id = $candidate_id END;
