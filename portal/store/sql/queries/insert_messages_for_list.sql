INSERT INTO messages (id, user_id, candidate_id, kind, case_id, title, body, created_at)
SELECT nextval('message_seq'), NULL, candidate_id, 'listed', case_id, $title, $body, $now
FROM pass_list_entries WHERE list_id = $list_id AND status = 'listed' ORDER BY case_id;
