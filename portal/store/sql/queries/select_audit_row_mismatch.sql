-- The first record row whose current content differs from the digest its last audit event
-- recorded, or that no event recorded, or that was deleted after being recorded.
WITH recorded AS (
    SELECT kind, key, arg_max(digest, seq) AS digest, max(seq) AS seq FROM audit_row_digests GROUP BY kind, key
)
SELECT coalesce(c.kind, r.kind) AS kind, coalesce(c.key, r.key) AS key, r.seq AS seq, c.digest IS NULL AS deleted
FROM audit_rows c FULL OUTER JOIN recorded r ON r.kind = c.kind AND r.key = c.key
WHERE c.digest IS DISTINCT FROM r.digest
ORDER BY r.seq NULLS FIRST, 1, 2
LIMIT 1;
