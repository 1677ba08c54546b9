UPDATE audit_head SET seq = $seq, hash = $hash WHERE id = 1 AND seq = $prev_seq AND hash = $prev_hash;
