-- The digests of the cases a certificate batch certified.
INSERT INTO audit_row_digests
SELECT $seq, 'case', CAST(id AS VARCHAR), digest FROM audit_rows_case
WHERE id IN (SELECT case_id FROM certificates WHERE batch_id = $batch_id AND case_id IS NOT NULL)
RETURNING kind, key, digest;
