UPDATE queue_entries SET state = $state, lease_owner = NULL, lease_until = NULL WHERE case_id = $case_id;
