UPDATE cases SET state = $to, updated_at = $now WHERE id = $id AND state = $from;
