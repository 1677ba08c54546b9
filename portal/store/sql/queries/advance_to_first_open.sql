-- The city's head moves up to its oldest open entry (an empty queue leaves it where it is).
UPDATE queue_heads
SET head = coalesce((SELECT qseq FROM queue_entries
                     WHERE city = $city AND qseq >= (SELECT head FROM queue_heads WHERE city = $city)
                     ORDER BY qseq LIMIT 1), head)
WHERE city = $city;
