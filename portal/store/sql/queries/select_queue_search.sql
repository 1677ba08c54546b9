-- The queue narrowed by a search term (case number, exact ID or phone number, part of a name).
SELECT q.case_id, q.qseq, q.city, q.name, q.exam, q.level, q.state, q.flagged, q.queued_at,
       q.lease_owner, q.lease_until, (q.lease_until IS NOT NULL AND q.lease_until < $now) AS lease_expired
FROM queue_entries q JOIN cases k ON k.id = q.case_id JOIN candidates c ON c.id = k.candidate_id
WHERE list_contains($cities, q.city)
  AND ($case_id IS NULL OR q.case_id = $case_id) AND ($name IS NULL OR contains(c.name, $name))
  AND ($id_number IS NULL OR c.id_number = $id_number) AND ($phone IS NULL OR c.phone = $phone)
  AND ($exam IS NULL OR q.exam = $exam) AND ($level IS NULL OR q.level = $level)
  AND ($status IS NULL OR q.state = $status) AND ($flagged IS NULL OR q.flagged = $flagged)
ORDER BY q.qseq
LIMIT $limit OFFSET $offset;
