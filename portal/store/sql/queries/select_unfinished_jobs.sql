SELECT case_id, submission_no FROM analysis_jobs WHERE status IN ('pending', 'running') ORDER BY updated_at;
