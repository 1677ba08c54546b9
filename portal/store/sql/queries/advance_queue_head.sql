-- Only when the removed entry was the head: the next open entry of the city, or past the end.
UPDATE queue_heads
SET head = coalesce((SELECT qseq FROM queue_entries
                     WHERE city = $city AND qseq > $qseq ORDER BY qseq LIMIT 1), $qseq + 1)
WHERE city = $city AND head >= $qseq;
