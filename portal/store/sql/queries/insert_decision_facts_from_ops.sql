-- Decision facts of every decision not yet in decision_facts (benchmark seeding).
INSERT INTO decision_facts
SELECT r.id, r.case_id, k.city, r.op, r.actor_id, r.done_at,
       CASE WHEN k.submitted_at IS NOT NULL AND r.done_at >= k.submitted_at
            THEN date_diff('minute', k.submitted_at, r.done_at) / 60.0 END,
       coalesce(from_json(coalesce(json_extract(json_extract_string(r.after_json, '$.decision_json'), '$.items'),
                                   json_extract(json_extract_string(r.after_json, '$.decision_json'), '$.reasons')),
                          '["VARCHAR"]'), []),
       coalesce(json_extract_string(json_extract_string(r.after_json, '$.decision_json'), '$.note'), '')
FROM review_ops r JOIN cases k ON k.id = r.case_id
WHERE r.op IN ('pass', 'fail', 'return')
  AND r.id NOT IN (SELECT op_id FROM decision_facts);
