DELETE FROM queue_preferred WHERE reviewer_id = $from;
