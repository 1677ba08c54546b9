INSERT INTO outbox (id, channel, recipient, body, purpose, created_at, status, detail)
SELECT nextval('outbox_seq'), 'sms', phone, $sms, 'listed', $now, $status, CASE WHEN $gateway THEN $detail END
FROM pass_list_entries WHERE list_id = $list_id AND status = 'listed' AND coalesce(trim(phone), '') <> ''
ORDER BY case_id;
