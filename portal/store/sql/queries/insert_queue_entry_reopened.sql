-- A case sent back to review (objection during 公示) joins its city's queue at the tail, flagged.
INSERT INTO queue_entries (case_id, city, qseq, exam, level, state, flagged, queued_at)
SELECT id, city, nextval('queue_seq'), exam, level, $queue_state, true, $now FROM cases WHERE id = $case_id;
