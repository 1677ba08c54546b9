SELECT * FROM rounds
WHERE exam_year = $exam_year AND (exam = $exam OR exam IS NULL)
ORDER BY exam IS NULL, id DESC
LIMIT 1;
