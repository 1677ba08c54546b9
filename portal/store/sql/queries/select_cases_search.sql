-- Staff search over the caller's cities; every filter is optional (NULL matches all). The ID and
-- phone numbers match exactly, the name as a part; the date range is on the (last) submission.
SELECT k.id AS case_id, k.city, c.name, c.id_number, c.phone, k.exam, k.level, k.exam_year, k.state,
       k.submission_no, k.submitted_at, k.decided_at, k.updated_at
FROM cases k JOIN candidates c ON c.id = k.candidate_id
WHERE list_contains($cities, k.city)
  AND ($case_id IS NULL OR k.id = $case_id) AND ($name IS NULL OR contains(c.name, $name))
  AND ($id_number IS NULL OR c.id_number = $id_number) AND ($phone IS NULL OR c.phone = $phone)
  AND ($exam IS NULL OR k.exam = $exam) AND ($level IS NULL OR k.level = $level)
  AND ($state IS NULL OR k.state = $state)
  AND ($since IS NULL OR k.submitted_at >= $since) AND ($until IS NULL OR k.submitted_at < $until)
ORDER BY k.id
LIMIT $limit OFFSET $offset;
