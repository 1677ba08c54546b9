SELECT l.id_number, l.exam, l.exam_year, k.id
FROM list_rows l
JOIN candidates c ON c.id_number = l.id_number
JOIN cases k ON k.candidate_id = c.id AND k.exam = l.exam AND k.exam_year = l.exam_year;
