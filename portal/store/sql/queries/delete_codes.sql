DELETE FROM one_time_codes WHERE candidate_id = $candidate_id;
