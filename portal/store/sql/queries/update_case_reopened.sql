-- A published case sent back to review by an objection.
UPDATE cases SET state = $to_state, updated_at = $now WHERE id = $case_id AND state = $from_state
RETURNING id;
