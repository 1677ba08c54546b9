INSERT INTO audit_row_digests
SELECT $seq, 'pass_list', CAST(id AS VARCHAR), digest FROM audit_rows_pass_list WHERE id = $list_id
RETURNING kind, key, digest;
