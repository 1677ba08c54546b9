-- The digest of one entry of a pass list (an objection removes it).
INSERT INTO audit_row_digests
SELECT $seq, 'pass_list_entry', list_id || ':' || case_id, digest FROM audit_rows_pass_list_entry
WHERE list_id = $list_id AND case_id = $case_id
RETURNING kind, key, digest;
