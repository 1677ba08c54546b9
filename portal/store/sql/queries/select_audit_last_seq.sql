-- The seq of the newest event, sealed or staged.
SELECT greatest((SELECT seq FROM audit_head WHERE id = 1), coalesce((SELECT max(seq) FROM audit_staged), 0));
