-- Fail reasons and return items per city of the decisions recorded after op id $since (op ids
-- only grow with the review_op sequence, so nothing before $since is counted twice).
SELECT city, op, reason, count(*) AS n
FROM (SELECT city, op, unnest(reasons) AS reason FROM decision_facts WHERE op_id > $since AND op IN ('fail', 'return'))
GROUP BY city, op, reason;
