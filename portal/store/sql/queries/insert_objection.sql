INSERT INTO objections (id, list_id, case_id, raised_by, reason, recorded_by, recorded_at)
VALUES (nextval('objection_seq'), $list_id, $case_id, $raised_by, $reason, $actor_id, $now)
RETURNING id;
