SELECT id, channel, recipient, body, purpose, created_at, status FROM outbox ORDER BY id DESC LIMIT $limit OFFSET $offset;
