-- Move the cases of a list's entries (with the given entry status) from one state to the next.
UPDATE cases SET state = $to_state, updated_at = $now
WHERE state = $from_state
  AND id IN (SELECT case_id FROM pass_list_entries WHERE list_id = $list_id AND status = $entry_status);
