INSERT INTO integrity_records (id, id_number, name, cert_id, case_id, reason, recorded_by, recorded_at, keep_until)
VALUES (nextval('integrity_seq'), $id_number, $name, $cert_id, $case_id, $reason, $actor_id, $now, $keep_until)
RETURNING id;
