SELECT id, case_id, change, reason, objection_id, actor_id, changed_at
FROM pass_list_changes WHERE list_id = $list_id ORDER BY id;
