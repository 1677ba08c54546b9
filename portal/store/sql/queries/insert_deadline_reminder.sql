INSERT INTO deadline_reminders (case_id, deadline, sent_at) VALUES ($case_id, $deadline, $now);
