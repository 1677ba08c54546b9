-- From the cities' head (or just after $after, keyset paging) on: earlier row groups are skipped.
SELECT case_id, qseq, city, name, exam, level, state, flagged, queued_at, lease_owner, lease_until,
       (lease_until IS NOT NULL AND lease_until < $now) AS lease_expired
FROM queue_entries
WHERE qseq >= greatest((SELECT coalesce(min(head), 0) FROM queue_heads WHERE list_contains($cities, city)),
                       coalesce($after + 1, 0))
  AND list_contains($cities, city)
  AND ($exam IS NULL OR exam = $exam) AND ($level IS NULL OR level = $level)
  AND ($status IS NULL OR state = $status) AND ($flagged IS NULL OR flagged = $flagged)
ORDER BY qseq
LIMIT $limit OFFSET $offset;
