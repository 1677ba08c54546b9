-- A decision's review operation (as insert_review_op, without reading the new id back).
INSERT INTO review_ops (id, case_id, op, actor_id, done_at, before_json, after_json)
VALUES (nextval('review_op_seq'), $case_id, $op, $actor_id, $now, $before_json, $after_json);
