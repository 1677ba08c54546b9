SELECT min(seq), count(*) FROM audit_staged;
