-- The first record row that an audit event recorded and that differs from (or lost) that digest.
WITH recorded AS (
    SELECT kind, key, arg_max(digest, seq) AS digest, max(seq) AS seq FROM audit_row_digests GROUP BY kind, key
)
SELECT r.kind, r.key, r.seq FROM recorded r LEFT JOIN audit_rows c ON r.kind = c.kind AND r.key = c.key
WHERE c.digest IS DISTINCT FROM r.digest
ORDER BY r.seq, 1, 2
LIMIT 1;
