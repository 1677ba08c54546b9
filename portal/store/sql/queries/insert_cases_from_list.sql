-- Cases of the list's new rows, numbered from $first in the order of the rows in the list.
INSERT INTO cases (id, candidate_id, exam, level, exam_year, city, employer, scores, state,
                   list_row_hash, created_at, updated_at)
SELECT $first + row_number() OVER (ORDER BY l.line) - 1, c.id, l.exam, l.level, l.exam_year, l.city, l.employer,
       l.scores, 'draft', l.row_hash, now(), now()
FROM list_rows l JOIN candidates c ON c.id_number = l.id_number
WHERE l.status = 'new';
