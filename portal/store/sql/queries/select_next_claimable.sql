-- Starts at the lowest head of the cities asked for: row groups below it are skipped unread.
SELECT case_id, city, qseq, state, preferred_reviewer FROM queue_entries
WHERE qseq >= (SELECT coalesce(min(head), 0) FROM queue_heads WHERE list_contains($cities, city))
  AND list_contains($cities, city)
  AND (lease_until IS NULL OR lease_until < $now)
  AND (preferred_reviewer IS NULL OR preferred_reviewer = $me OR queued_at < $pref_cutoff)
ORDER BY qseq
LIMIT 1;
