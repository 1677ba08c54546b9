SELECT seq, hash FROM audit_events WHERE seq = $seq;
