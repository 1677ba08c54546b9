-- The digests of the cases on a pass list (publishing and finalising move them all).
INSERT INTO audit_row_digests
SELECT $seq, 'case', CAST(id AS VARCHAR), digest FROM audit_rows_case
WHERE id IN (SELECT case_id FROM pass_list_entries WHERE list_id = $list_id)
RETURNING kind, key, digest;
