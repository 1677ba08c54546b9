SELECT count(*) FROM queue_entries
WHERE qseq >= (SELECT coalesce(min(head), 0) FROM queue_heads WHERE list_contains($cities, city))
  AND list_contains($cities, city)
  AND ($exam IS NULL OR exam = $exam) AND ($level IS NULL OR level = $level)
  AND ($status IS NULL OR state = $status) AND ($flagged IS NULL OR flagged = $flagged);
