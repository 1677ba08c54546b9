INSERT INTO outbox (id, channel, recipient, body, purpose, created_at, status, detail)
SELECT nextval('outbox_seq'), 'sms', phone, text, 'certified', $now, $status,
       CASE WHEN $gateway THEN to_json({'qualification': qualification, 'cert_no': cert_no, 'content': text})::VARCHAR END
FROM (SELECT id, phone, qualification, cert_no,
             replace(replace($sms, '{qualification}', qualification), '{cert_no}', cert_no) AS text
      FROM certificates WHERE batch_id = $batch_id AND coalesce(trim(phone), '') <> '') ORDER BY id;
