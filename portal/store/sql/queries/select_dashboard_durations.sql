-- Hours from the case's submission to each decision, per whole hour (capped at $cap), with the
-- hours summed so that the mean needs no second scan.
SELECT op, least(floor(hours), $cap) AS hours, count(*) AS n, sum(hours) AS total_hours
FROM decision_facts WHERE list_contains($cities, city) AND hours IS NOT NULL
GROUP BY ALL ORDER BY hours;
