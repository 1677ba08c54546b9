INSERT INTO messages (id, user_id, candidate_id, kind, case_id, title, body, created_at)
VALUES (nextval('message_seq'), $user_id, $candidate_id, $kind, $case_id, $title, $body, $now);
