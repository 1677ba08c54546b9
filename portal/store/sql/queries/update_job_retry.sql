UPDATE jobs SET state = 'queued', not_before = $not_before, finished_at = $now, error = $error WHERE id = $id;
