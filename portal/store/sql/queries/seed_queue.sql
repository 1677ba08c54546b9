INSERT INTO queue_entries (case_id, city, qseq, name, exam, level, state, flagged, queued_at,
                           lease_owner, lease_until, preferred_reviewer)
SELECT k.id, k.city, nextval('queue_seq'), c.name, k.exam, k.level, 'submitted', k.flagged,
       k.submitted_at, NULL, NULL, NULL
FROM cases k JOIN candidates c ON c.id = k.candidate_id
WHERE starts_with(c.id_number, $prefix) AND k.state = 'submitted';
