SELECT * FROM rounds ORDER BY exam_year DESC, id DESC;
