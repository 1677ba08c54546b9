UPDATE audit_head SET hash = $hash WHERE id = 1 AND seq = $seq;
