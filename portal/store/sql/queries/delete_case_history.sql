DELETE FROM check_history WHERE case_id = $case_id;
