-- Records still within their keeping period (3 years from the record date).
SELECT id, id_number, name, cert_id, case_id, reason, recorded_at, keep_until
FROM integrity_records WHERE keep_until >= $today ORDER BY id;
