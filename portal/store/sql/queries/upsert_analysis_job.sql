INSERT INTO analysis_jobs (case_id, submission_no, status, progress, message, updated_at)
VALUES ($case_id, $submission_no, $status, $progress, $message, $now)
ON CONFLICT (case_id, submission_no) DO UPDATE
SET status = excluded.status, progress = excluded.progress, message = excluded.message,
    updated_at = excluded.updated_at;
