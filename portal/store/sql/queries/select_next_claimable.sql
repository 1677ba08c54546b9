-- Starts at the lowest head of the cities asked for: row groups below it are skipped unread.
-- my_preferred > 0: resubmissions wait for this reviewer (looked up first, see queue.claim_next).
SELECT case_id, city, qseq, state, preferred_reviewer,
       (SELECT count(*) FROM queue_preferred WHERE reviewer_id = $me) AS my_preferred
FROM queue_entries
WHERE qseq >= (SELECT coalesce(min(head), 0) FROM queue_heads WHERE list_contains($cities, city))
  AND list_contains($cities, city)
  AND (lease_until IS NULL OR lease_until < $now)
  AND (preferred_reviewer IS NULL OR preferred_reviewer = $me OR queued_at < $pref_cutoff)
ORDER BY qseq
LIMIT 1;
