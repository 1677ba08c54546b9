-- Re-sealed chain hashes from the registered relation rekey_hashes(seq, prev_hash, hash).
UPDATE audit_events SET prev_hash = r.prev_hash, hash = r.hash, row_digest = coalesce(audit_events.row_digest, '')
FROM rekey_hashes r WHERE audit_events.seq = r.seq;
