-- Returned cases whose deadline is still ahead but before $horizon, not yet reminded for that deadline.
SELECT k.id AS case_id, k.candidate_id, k.exam, k.level, k.exam_year, k.return_deadline, c.phone
FROM cases k JOIN candidates c ON c.id = k.candidate_id
WHERE k.state = 'returned' AND k.return_deadline > $now AND k.return_deadline < $horizon
  AND NOT EXISTS (SELECT 1 FROM deadline_reminders r WHERE r.case_id = k.id AND r.deadline = k.return_deadline)
ORDER BY k.id;
