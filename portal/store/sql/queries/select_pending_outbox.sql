SELECT id FROM outbox WHERE status = 'pending' ORDER BY id LIMIT $limit;
