-- Cases not yet submitted whose round (the exam's own round of that year, else the year's general
-- round, as select_round_for_case) is open and closes after $now but before $horizon, and whose
-- candidate was not yet reminded of that closing time.
WITH governing AS (
    SELECT k.id AS case_id, k.candidate_id, k.exam, k.level, k.exam_year, r.opens_at, r.closes_at,
           row_number() OVER (PARTITION BY k.id ORDER BY r.exam IS NULL, r.id DESC) AS pick
    FROM cases k JOIN rounds r ON r.exam_year = k.exam_year AND (r.exam = k.exam OR r.exam IS NULL)
    WHERE k.state = 'draft'
      AND k.exam_year IN (SELECT exam_year FROM rounds WHERE closes_at > $now AND closes_at < $horizon)
)
SELECT g.case_id, g.candidate_id, g.exam, g.level, g.exam_year, g.closes_at FROM governing g
WHERE g.pick = 1 AND g.opens_at <= $now AND g.closes_at > $now AND g.closes_at < $horizon
  AND NOT EXISTS (SELECT 1 FROM window_reminders w WHERE w.case_id = g.case_id AND w.closes_at = g.closes_at)
ORDER BY g.case_id;
