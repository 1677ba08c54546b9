-- the oldest runnable job: queued, past its back-off, none of its prerequisites (after_ids) still open.
-- Jobs without prerequisites (the many reading jobs) are a plain ordered scan; the few with
-- prerequisites are checked by a hash join on their unnested ids (a list_contains join is quadratic).
WITH free AS (
    SELECT id, kind, subject, attempts, max_attempts, queued_at FROM jobs
    WHERE state = 'queued' AND not_before <= $now AND after_ids IS NULL
    ORDER BY queued_at, id LIMIT 1
), waiting AS (
    SELECT id, kind, subject, attempts, max_attempts, queued_at, after_ids FROM jobs
    WHERE state = 'queued' AND not_before <= $now AND after_ids IS NOT NULL
), blocked AS (
    SELECT DISTINCT w.id FROM (SELECT id, unnest(after_ids) AS dep FROM waiting) w
    JOIN jobs d ON d.id = w.dep AND d.state IN ('queued', 'running')
), ready AS (
    SELECT id, kind, subject, attempts, max_attempts, queued_at FROM waiting
    WHERE id NOT IN (SELECT id FROM blocked)
    ORDER BY queued_at, id LIMIT 1
)
SELECT id, kind, subject, attempts, max_attempts FROM (SELECT * FROM free UNION ALL SELECT * FROM ready)
ORDER BY queued_at, id
LIMIT 1;
