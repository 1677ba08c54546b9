UPDATE queue_entries SET lease_owner = $to, lease_until = $until WHERE case_id = $case_id;
