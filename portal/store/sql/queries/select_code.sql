SELECT * FROM one_time_codes WHERE candidate_id = $candidate_id ORDER BY created_at DESC LIMIT 1;
