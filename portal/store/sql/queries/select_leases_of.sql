SELECT case_id, city FROM queue_entries WHERE lease_owner = $me AND lease_until >= $now ORDER BY qseq;
