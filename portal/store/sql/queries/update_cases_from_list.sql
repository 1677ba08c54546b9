UPDATE cases SET level = l.level, city = l.city, employer = l.employer, scores = l.scores,
                 list_row_hash = l.row_hash, updated_at = now()
FROM list_rows l JOIN candidates c ON c.id_number = l.id_number
WHERE l.status = 'updated' AND cases.candidate_id = c.id
  AND cases.exam = l.exam AND cases.exam_year = l.exam_year;
