SELECT id, kind, subject, state, attempts, max_attempts, worker, queued_at, started_at, finished_at, error
FROM jobs WHERE kind = $kind AND subject = $subject
ORDER BY queued_at DESC, id DESC
LIMIT 1;
