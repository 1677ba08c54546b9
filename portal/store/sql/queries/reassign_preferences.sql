-- Resubmissions waiting for the old reviewer wait for the new one (or for anyone when $to is NULL).
UPDATE queue_entries SET preferred_reviewer = $to
WHERE case_id IN (SELECT case_id FROM queue_preferred WHERE reviewer_id = $from)
RETURNING case_id;
