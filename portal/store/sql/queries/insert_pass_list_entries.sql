-- Every passed case of the round in the caller's cities that is not already on another open list.
INSERT INTO pass_list_entries
SELECT $list_id, c.id, c.candidate_id, p.name, p.gender, p.id_number, p.phone, c.exam, c.level,
       c.city, c.employer, 'listed'
FROM cases c JOIN candidates p ON p.id = c.candidate_id
WHERE c.state = 'passed' AND c.exam = $exam AND c.exam_year = $exam_year
  AND ($level IS NULL OR c.level = $level) AND ($city IS NULL OR c.city = $city)
  AND list_contains($cities, c.city)
  AND NOT EXISTS (SELECT 1 FROM pass_list_entries e JOIN pass_lists l ON l.id = e.list_id
                  WHERE e.case_id = c.id AND e.status <> 'removed' AND l.id <> $list_id)
ORDER BY c.city, c.id;
