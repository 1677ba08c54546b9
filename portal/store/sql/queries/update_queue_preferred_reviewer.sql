UPDATE queue_preferred SET reviewer_id = $to WHERE reviewer_id = $from;
