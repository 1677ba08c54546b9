UPDATE queue_entries SET flagged = $flagged WHERE case_id = $case_id;
