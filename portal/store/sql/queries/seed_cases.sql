INSERT INTO cases (id, candidate_id, exam, level, exam_year, city, employer, scores, state,
                   submission_no, submitted_at, flagged, flags, declared_json, created_at, updated_at)
SELECT nextval('case_seq'), c.id, $exam, CASE WHEN (c.id // 3) % 2 = 0 THEN 'intermediate' ELSE 'junior' END,
       $exam_year, list_extract($cities, 1 + (c.id % len($cities))::INTEGER), '湖南建工集团有限公司', '',
       'submitted', 1, $t0 + to_seconds(c.id), c.id % 7 = 0,
       CASE WHEN c.id % 7 = 0 THEN 'work_years_short' END, '{}', now(), now()
FROM candidates c
WHERE starts_with(c.id_number, $prefix);
