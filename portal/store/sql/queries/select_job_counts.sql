SELECT kind, state, count(*) AS n FROM jobs GROUP BY kind, state ORDER BY kind, state;
