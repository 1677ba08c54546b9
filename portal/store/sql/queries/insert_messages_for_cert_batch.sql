INSERT INTO messages (id, user_id, candidate_id, kind, case_id, title, body, created_at)
SELECT nextval('message_seq'), NULL, candidate_id, 'certified', case_id, $title,
       replace(replace($body, '{qualification}', qualification), '{cert_no}', cert_no), $now
FROM certificates WHERE batch_id = $batch_id AND candidate_id IS NOT NULL ORDER BY id;
