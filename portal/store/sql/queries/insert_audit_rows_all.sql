-- Every record row as it is now (the baseline an audit-chain re-keying records).
INSERT INTO audit_row_digests
SELECT $seq, kind, key, digest FROM audit_rows
RETURNING kind, key, digest;
