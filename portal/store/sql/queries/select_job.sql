SELECT id, kind, subject, state, attempts, max_attempts, after_ids, worker, queued_at, not_before, started_at,
       finished_at, error
FROM jobs WHERE id = $id;
