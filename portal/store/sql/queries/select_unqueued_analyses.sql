-- analyses pending or running with no job in the queue (recorded before analysis was a job)
SELECT a.case_id, a.submission_no FROM analysis_jobs a
WHERE a.status IN ('pending', 'running')
  AND NOT EXISTS (SELECT 1 FROM jobs j WHERE j.kind = 'analyse'
                  AND j.subject = CAST(a.case_id AS VARCHAR) || ':' || CAST(a.submission_no AS VARCHAR))
ORDER BY a.updated_at;
