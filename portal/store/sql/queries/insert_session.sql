INSERT INTO sessions (token_hash, user_id, created_at, last_seen, client)
VALUES ($token_hash, $user_id, $now, $now, $client);
