INSERT INTO case_documents (case_id, submission_no, slot, upload_id, attached_at)
VALUES ($case_id, $submission_no, $slot, $upload_id, $now)
ON CONFLICT DO NOTHING;
