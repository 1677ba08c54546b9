INSERT INTO case_notices (case_id, submission_no, reviewer_id, items_json, deadline, created_at)
VALUES ($case_id, $submission_no, $reviewer_id, $items_json, $deadline, $now);
