-- Benchmark data: $n audit events about the seeded cases (chain hashes are placeholders).
INSERT INTO audit_events
SELECT s, TIMESTAMP '2022-04-25 09:30' + INTERVAL (s) SECOND, 'user:' || (100 + s % 20), 'reviewer',
       ['submit', 'claim', 'pass', 'fail', 'return', 'case.view'][s % 6 + 1], 'case', CAST(1 + s % $cases AS VARCHAR),
       NULL, '{"state":"in_review"}', 'x', 'x', NULL
FROM range(1, $n + 1) t(s);
