INSERT INTO queue_entries (case_id, city, qseq, name, exam, level, state, flagged, queued_at,
                           lease_owner, lease_until, preferred_reviewer)
VALUES ($case_id, $city, nextval('queue_seq'), $name, $exam, $level, $state, $flagged, $now,
        NULL, NULL, $preferred);
