SELECT id, kind, case_id, title, body, created_at, read_at FROM messages
WHERE CASE WHEN $candidate_id IS NULL THEN user_id = $user_id ELSE candidate_id = $candidate_id END
ORDER BY id DESC LIMIT $limit OFFSET $offset;
