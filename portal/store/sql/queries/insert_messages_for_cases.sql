-- One message to the candidate of each case in $case_ids.
INSERT INTO messages (id, user_id, candidate_id, kind, case_id, title, body, created_at)
SELECT nextval('message_seq'), NULL, candidate_id, $kind, id, $title, $body, $now
FROM cases WHERE id IN (SELECT unnest($case_ids)) ORDER BY id;
