-- A case event's rows in one statement: the case, its candidate and its review operations (decisions).
INSERT INTO audit_row_digests
SELECT $seq, 'case', CAST(id AS VARCHAR), digest FROM audit_rows_case WHERE id = $id
UNION ALL
SELECT $seq, 'candidate', CAST(id AS VARCHAR), digest FROM audit_rows_candidate
WHERE id = (SELECT candidate_id FROM cases WHERE id = $id)
UNION ALL
SELECT $seq, 'decision', CAST(id AS VARCHAR), digest FROM audit_rows_decision WHERE case_id = $id
RETURNING kind, key, digest;
