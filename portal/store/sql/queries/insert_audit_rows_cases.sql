-- The digests of the cases an audit event covers (ids given).
INSERT INTO audit_row_digests
SELECT DISTINCT $seq, 'case', CAST(id AS VARCHAR), digest FROM audit_rows_case WHERE id IN (SELECT unnest($ids))
RETURNING kind, key, digest;
