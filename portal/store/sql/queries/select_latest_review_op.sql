SELECT * FROM review_ops WHERE case_id = $case_id AND undone_at IS NULL ORDER BY id DESC LIMIT 1;
