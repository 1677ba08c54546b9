-- Advance candidate_seq by $n and return the last value taken (the caller holds the write lock, so the
-- $n values are consecutive).
SELECT max(nextval('candidate_seq')) FROM range($n);
