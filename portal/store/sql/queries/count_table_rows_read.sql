-- Reads every column of every row (hash of the whole row), so each block's checksum is checked.
SELECT count(*) FROM query_table($name) t WHERE hash(t) IS NOT NULL;
