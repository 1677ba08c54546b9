INSERT INTO pass_lists (id, exam, exam_year, level, city, title, status, created_by, created_at)
VALUES (nextval('pass_list_seq'), $exam, $exam_year, $level, $city, $title, 'draft', $actor_id, $now)
RETURNING id;
