-- Benchmark data: one decision per seeded case (pass / fail / return in turn) by $reviewers
-- reviewers, the case moved to the decided state; a few hours after submission.
INSERT INTO review_ops (id, case_id, op, actor_id, done_at, before_json, after_json)
SELECT nextval('review_op_seq'), k.id, ['pass', 'fail', 'return'][k.id % 3 + 1], 100 + k.id % $reviewers,
       k.submitted_at + INTERVAL (1 + k.id % 47) HOUR, '{}',
       '{"decision_json":"' || (CASE k.id % 3 WHEN 0 THEN '{\"note\":\"\"}'
                                   WHEN 1 THEN '{\"reasons\":[\"相关专业工作年限不足\"]}'
                                   ELSE '{\"items\":[\"报名表未加盖单位公章\",\"补充社保记录' || (k.id % 5) || '\"]}' END)
       || '"}'
FROM cases k;
