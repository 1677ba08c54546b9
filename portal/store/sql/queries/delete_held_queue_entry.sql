-- Decide: remove the entry only while `$me` holds its unexpired lease (0 rows: not held, say why).
DELETE FROM queue_entries
WHERE case_id = $case_id AND lease_owner = $me AND lease_until >= $now
RETURNING city, preferred_reviewer;
