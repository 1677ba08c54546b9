INSERT INTO jobs (id, kind, subject, state, attempts, max_attempts, after_ids, queued_at, not_before)
VALUES ($id, $kind, $subject, 'queued', 0, $max_attempts, $after_ids, $now, $now);
