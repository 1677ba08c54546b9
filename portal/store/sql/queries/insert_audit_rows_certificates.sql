-- The certificates of a batch, or named by number.
INSERT INTO audit_row_digests
SELECT DISTINCT $seq, 'certificate', cert_no, digest FROM audit_rows_certificate
WHERE batch_id = $batch_id OR cert_no IN (SELECT unnest($cert_nos))
RETURNING kind, key, digest;
