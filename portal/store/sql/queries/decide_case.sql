UPDATE cases SET state = $to, updated_at = $now, decided_by = $decided_by, decided_at = $decided_at,
                 decision_json = $decision_json, returned_by = $returned_by, return_deadline = $return_deadline
WHERE id = $id AND state = $from;
