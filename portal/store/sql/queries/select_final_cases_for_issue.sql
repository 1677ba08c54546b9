-- Final passers not yet certified: by list, by selected case ids, or both; in list order.
SELECT c.id AS case_id, c.candidate_id, p.name, p.gender, p.id_number, p.phone, c.exam, c.level,
       c.exam_year, c.city, c.employer, e.list_id
FROM cases c
JOIN candidates p ON p.id = c.candidate_id
JOIN pass_list_entries e ON e.case_id = c.id AND e.status = 'final'
WHERE c.state = 'final'
  AND ($list_id IS NULL OR e.list_id = $list_id)
  AND ($all_cases OR list_contains($case_ids, c.id))
  AND list_contains($cities, c.city)
ORDER BY e.list_id, c.city, c.id;
