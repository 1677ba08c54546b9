-- The most frequent return items and fail reasons.
SELECT op, reason, count(*) AS n
FROM (SELECT op, unnest(reasons) AS reason FROM decision_facts
      WHERE op IN ('fail', 'return') AND list_contains($cities, city))
GROUP BY op, reason ORDER BY n DESC, reason LIMIT $limit;
