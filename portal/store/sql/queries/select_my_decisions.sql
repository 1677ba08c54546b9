-- 已审记录: one page of a reviewer's decisions, newest first (decision_facts_actor index); only the
-- page's 50 rows are joined to their cases.
WITH page AS (
    SELECT op_id, case_id, op, done_at, reasons, note FROM decision_facts
    WHERE actor_id = $me AND list_contains($cities, city)
    ORDER BY done_at DESC, op_id DESC
    LIMIT $limit OFFSET $offset
)
SELECT p.case_id, c.name, k.exam, k.level, p.op, p.done_at, p.reasons, p.note, k.state,
       json_extract_string(json_extract_string(r.after_json, '$.decision_json'), '$.acknowledged[*].message') AS ack_messages,
       json_extract_string(json_extract_string(r.after_json, '$.decision_json'), '$.acknowledged[*].reason') AS ack_reasons
FROM page p JOIN cases k ON k.id = p.case_id JOIN candidates c ON c.id = k.candidate_id
LEFT JOIN review_ops r ON r.id = p.op_id
ORDER BY p.done_at DESC, p.op_id DESC;
