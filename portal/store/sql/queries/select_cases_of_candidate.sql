SELECT * FROM cases WHERE candidate_id = $candidate_id ORDER BY exam_year DESC, id;
