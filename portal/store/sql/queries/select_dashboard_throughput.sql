-- Decisions per day and reviewer.
SELECT CAST(done_at AS DATE) AS day, actor_id, op, count(*) AS n
FROM decision_facts WHERE list_contains($cities, city)
GROUP BY ALL ORDER BY day, actor_id, op;
