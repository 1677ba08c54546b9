SELECT l.id_number, l.exam, l.exam_year, k.state, k.list_row_hash, k.level, k.city,
       coalesce(k.employer, ''), coalesce(k.scores, '')
FROM list_rows l
JOIN candidates c ON c.id_number = l.id_number
JOIN cases k ON k.candidate_id = c.id AND k.exam = l.exam AND k.exam_year = l.exam_year;
