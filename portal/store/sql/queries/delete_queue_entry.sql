DELETE FROM queue_entries WHERE case_id = $case_id;
