-- The oldest staged events, in chain order, at most $limit.
SELECT seq, event FROM audit_staged ORDER BY seq LIMIT $limit;
