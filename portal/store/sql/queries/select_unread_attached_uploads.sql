-- attached files with no extraction and no reading job (uploaded before reading was a job)
SELECT DISTINCT u.id FROM uploads u JOIN case_documents d ON d.upload_id = u.id
WHERE u.extraction_json IS NULL
  AND NOT EXISTS (SELECT 1 FROM jobs j WHERE j.kind = 'read' AND j.subject = u.id);
