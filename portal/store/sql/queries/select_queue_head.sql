SELECT coalesce(min(head), 0) FROM queue_heads WHERE list_contains($cities, city);
