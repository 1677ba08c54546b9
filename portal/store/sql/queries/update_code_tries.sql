UPDATE one_time_codes SET tries = tries + 1 WHERE candidate_id = $candidate_id AND used_at IS NULL;
