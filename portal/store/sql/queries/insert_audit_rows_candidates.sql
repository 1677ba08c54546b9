-- The candidates of the cases an audit event covers.
INSERT INTO audit_row_digests
SELECT DISTINCT $seq, 'candidate', CAST(id AS VARCHAR), digest FROM audit_rows_candidate
WHERE id IN (SELECT candidate_id FROM cases WHERE id IN (SELECT unnest($ids)))
RETURNING kind, key, digest;
