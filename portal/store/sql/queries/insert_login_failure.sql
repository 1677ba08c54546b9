INSERT INTO login_failures (username, client, failed_at) VALUES ($username, $client, $now);
