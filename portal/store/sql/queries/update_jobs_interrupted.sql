-- jobs a stopped portal left running: queued again, the interrupted attempt not counted against them
UPDATE jobs SET state = 'queued', attempts = greatest(attempts - 1, 0), worker = NULL, not_before = $now
WHERE state = 'running';
