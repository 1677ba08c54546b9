UPDATE queue_entries SET city = $city, state = $state, lease_owner = NULL, lease_until = NULL WHERE case_id = $case_id;
