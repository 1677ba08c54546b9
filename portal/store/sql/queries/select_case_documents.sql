SELECT case_id, submission_no, slot, upload_id, attached_at FROM case_documents WHERE case_id = $case_id AND submission_no = $submission_no ORDER BY slot, attached_at;
