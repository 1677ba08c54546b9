UPDATE cases SET submission_no = $submission_no, submitted_at = $now, updated_at = $now,
                 flagged = false, flags = NULL, return_deadline = NULL
WHERE id = $id;
