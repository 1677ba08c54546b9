UPDATE queue_entries SET state = 'in_review', lease_owner = $me, lease_until = $until
WHERE case_id = $case_id AND (lease_until IS NULL OR lease_until < $now);
