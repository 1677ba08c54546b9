SELECT case_id, city, qseq FROM queue_entries
WHERE qseq >= $head AND list_contains($cities, city)
  AND (lease_until IS NULL OR lease_until < $now)
  AND (preferred_reviewer IS NULL OR preferred_reviewer = $me OR queued_at < $pref_cutoff)
ORDER BY qseq
LIMIT 1;
