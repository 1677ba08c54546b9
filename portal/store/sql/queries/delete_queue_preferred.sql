DELETE FROM queue_preferred WHERE case_id = $case_id;
