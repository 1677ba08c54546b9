INSERT INTO outbox (id, channel, recipient, body, purpose, created_at, status, detail)
VALUES (nextval('outbox_seq'), $channel, $recipient, $body, $purpose, $now, $status, $detail) RETURNING id;
