-- One SMS to the listed phone of each case's candidate in $case_ids (none without a phone).
INSERT INTO outbox (id, channel, recipient, body, purpose, created_at, status, detail)
SELECT nextval('outbox_seq'), 'sms', c.phone, $sms, $kind, $now, $status, CASE WHEN $gateway THEN $detail END
FROM cases k JOIN candidates c ON c.id = k.candidate_id
WHERE k.id IN (SELECT unnest($case_ids)) AND coalesce(trim(c.phone), '') <> ''
ORDER BY k.id;
