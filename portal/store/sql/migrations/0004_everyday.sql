-- A round's exam date (the default 取得资格时间 of its certificates) and the time of day a return
-- deadline closes on its last working day (NULL: 17:00).
ALTER TABLE rounds ADD COLUMN exam_date DATE;
ALTER TABLE rounds ADD COLUMN return_close VARCHAR;

-- One row per decision, written with it: what the dashboard and 已审记录 aggregate, so that they
-- never read the audit trail (nor join or parse JSON per view).
CREATE TABLE decision_facts (
    op_id    BIGINT PRIMARY KEY,              -- the review operation of the decision
    case_id  BIGINT NOT NULL,
    city     VARCHAR NOT NULL,
    op       VARCHAR NOT NULL,                -- pass | fail | return
    actor_id BIGINT NOT NULL,
    done_at  TIMESTAMP NOT NULL,
    hours    DOUBLE,                          -- from the case's submission to the decision
    reasons  VARCHAR[] NOT NULL,              -- fail reasons or return items
    note     VARCHAR NOT NULL
);
CREATE INDEX decision_facts_actor ON decision_facts (actor_id, done_at);
INSERT INTO decision_facts
SELECT r.id, r.case_id, k.city, r.op, r.actor_id, r.done_at,
       CASE WHEN k.submitted_at IS NOT NULL AND r.done_at >= k.submitted_at
            THEN date_diff('minute', k.submitted_at, r.done_at) / 60.0 END,
       coalesce(from_json(coalesce(json_extract(json_extract_string(r.after_json, '$.decision_json'), '$.items'),
                                   json_extract(json_extract_string(r.after_json, '$.decision_json'), '$.reasons')),
                          '["VARCHAR"]'), []),
       coalesce(json_extract_string(json_extract_string(r.after_json, '$.decision_json'), '$.note'), '')
FROM review_ops r JOIN cases k ON k.id = r.case_id
WHERE r.op IN ('pass', 'fail', 'return');
