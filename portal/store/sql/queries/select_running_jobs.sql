-- jobs a stopped portal left running (queued again at start, each with its audit event)
SELECT id, kind, subject, attempts FROM jobs WHERE state = 'running' ORDER BY queued_at, id;
