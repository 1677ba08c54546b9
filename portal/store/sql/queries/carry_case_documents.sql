-- Files of the previous submission stay in every slot the candidate did not replace.
INSERT INTO case_documents (case_id, submission_no, slot, upload_id, attached_at)
SELECT case_id, $new, slot, upload_id, attached_at FROM case_documents
WHERE case_id = $case_id AND submission_no = $prev
  AND slot NOT IN (SELECT slot FROM case_documents WHERE case_id = $case_id AND submission_no = $new);
