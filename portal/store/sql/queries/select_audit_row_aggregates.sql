SELECT seq, sha256(string_agg(kind || ' ' || key || ' ' || digest, ',' ORDER BY kind, key))
FROM audit_row_digests GROUP BY seq;
