INSERT INTO review_ops (id, case_id, op, actor_id, done_at, before_json, after_json)
VALUES (nextval('review_op_seq'), $case_id, $op, $actor_id, $now, $before_json, $after_json)
RETURNING id;
