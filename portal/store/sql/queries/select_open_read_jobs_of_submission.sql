-- reading jobs not finished yet for the files of one submission (the analysis waits for them)
SELECT j.id FROM jobs j JOIN case_documents d ON j.subject = d.upload_id
WHERE j.kind = 'read' AND j.state IN ('queued', 'running') AND d.case_id = $case_id AND d.submission_no = $submission_no;
