SELECT k.id, k.city, c.name, k.exam, k.level, k.exam_year, k.state, k.flagged, k.submitted_at,
       k.decided_at, k.updated_at
FROM cases k JOIN candidates c ON c.id = k.candidate_id
WHERE list_contains($cities, k.city) AND ($state IS NULL OR k.state = $state)
  AND ($exam IS NULL OR k.exam = $exam) AND ($exam_year IS NULL OR k.exam_year = $exam_year)
ORDER BY k.id
LIMIT $limit OFFSET $offset;
