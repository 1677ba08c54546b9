-- Cases of the caller's cities by city, exam and state (cases_city_state index).
SELECT city, exam, state, count(*) AS n
FROM cases WHERE list_contains($cities, city)
GROUP BY city, exam, state ORDER BY city, exam, state;
