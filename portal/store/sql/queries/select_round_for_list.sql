-- The round of a pass list's exam and year (its own exam's round first, else the year's general one).
SELECT r.* FROM pass_lists l
JOIN rounds r ON r.exam_year = l.exam_year AND (r.exam = l.exam OR r.exam IS NULL)
WHERE l.id = $list_id
ORDER BY r.exam IS NULL, r.id DESC
LIMIT 1;
