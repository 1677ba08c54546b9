-- Records still within their keeping period (3 years from the record date), with the case's city.
SELECT r.id, r.id_number, r.name, r.cert_id, r.case_id, r.reason, r.recorded_at, r.keep_until,
       (SELECT k.city FROM cases k WHERE k.id = r.case_id) AS city
FROM integrity_records r WHERE r.keep_until >= $today ORDER BY r.id;
