SELECT * FROM check_history WHERE id_number = $id_number AND exam = $exam ORDER BY exam_year DESC LIMIT 1;
