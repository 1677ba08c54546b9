INSERT INTO check_history (id_number, exam, exam_year, reason, case_id, recorded_at)
VALUES ($id_number, $exam, $exam_year, $reason, $case_id, $now);
