SELECT case_id FROM queue_preferred WHERE reviewer_id = $me ORDER BY case_id LIMIT 20;
