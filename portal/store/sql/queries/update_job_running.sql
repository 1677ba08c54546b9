UPDATE jobs SET state = 'running', attempts = attempts + 1, worker = $worker, started_at = $now, finished_at = NULL
WHERE id = $id AND state = 'queued';
