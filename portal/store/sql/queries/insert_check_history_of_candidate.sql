INSERT INTO check_history (id_number, exam, exam_year, reason, case_id, recorded_at)
SELECT id_number, $exam, $exam_year, $reason, $case_id, $now FROM candidates WHERE id = $candidate_id;
