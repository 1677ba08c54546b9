SELECT status, count(*) AS n FROM outbox GROUP BY status;
