INSERT INTO window_reminders (case_id, closes_at, sent_at) SELECT unnest($case_ids), $closes_at, $now;
