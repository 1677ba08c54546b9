-- Each entry with the cities of the person's cases (empty when the person has none).
SELECT b.*, coalesce((SELECT list(DISTINCT k.city) FROM candidates c JOIN cases k ON k.candidate_id = c.id
                      WHERE c.id_number = b.id_number), []) AS cities
FROM blacklist b WHERE $include_lifted OR b.lifted_at IS NULL ORDER BY b.id DESC;
