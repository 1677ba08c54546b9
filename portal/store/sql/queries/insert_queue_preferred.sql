INSERT INTO queue_preferred (case_id, reviewer_id) VALUES ($case_id, $reviewer_id);
