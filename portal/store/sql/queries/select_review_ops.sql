SELECT id, case_id, op, actor_id, done_at, before_json, after_json, undone_at, undone_by FROM review_ops WHERE case_id = $case_id ORDER BY id;
