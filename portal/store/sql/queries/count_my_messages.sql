SELECT count(*) AS total, count(*) FILTER (WHERE read_at IS NULL) AS unread FROM messages
WHERE CASE WHEN $candidate_id IS NULL THEN user_id = $user_id ELSE candidate_id = $candidate_id END;
