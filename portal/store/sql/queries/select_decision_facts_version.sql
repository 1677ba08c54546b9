-- How many decisions are recorded, the newest op id, and how many came after op id $since.
SELECT count(*) AS total, coalesce(max(op_id), 0) AS newest, count(*) FILTER (WHERE op_id > $since) AS newer
FROM decision_facts;
