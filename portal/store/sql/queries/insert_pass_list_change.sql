INSERT INTO pass_list_changes (id, list_id, case_id, change, reason, objection_id, actor_id, changed_at)
VALUES (nextval('pass_list_change_seq'), $list_id, $case_id, $change, $reason, $objection_id, $actor_id, $now);
