UPDATE queue_heads
SET head = coalesce((SELECT min(qseq) FROM queue_entries e WHERE e.city = queue_heads.city), head);
