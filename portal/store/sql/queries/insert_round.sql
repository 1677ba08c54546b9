INSERT INTO rounds (id, exam_year, exam, name, opens_at, closes_at, return_days, exam_date, return_close, created_at)
VALUES (nextval('round_seq'), $exam_year, $exam, $name, $opens_at, $closes_at, $return_days, $exam_date,
        $return_close, $now)
RETURNING *;
