SELECT j.id, j.kind, j.subject, j.attempts, j.max_attempts FROM jobs j
WHERE j.state = 'queued' AND j.not_before <= $now
  AND NOT EXISTS (SELECT 1 FROM jobs d WHERE list_contains(j.after_ids, d.id) AND d.state IN ('queued', 'running'))
ORDER BY j.queued_at, j.id
LIMIT 1;
