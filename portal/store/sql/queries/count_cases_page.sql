SELECT count(*) FROM cases k
WHERE list_contains($cities, k.city) AND ($state IS NULL OR k.state = $state)
  AND ($exam IS NULL OR k.exam = $exam) AND ($exam_year IS NULL OR k.exam_year = $exam_year);
