-- Whether this client has had a session of the account since $since (it then passes the account-wide limit).
SELECT 1 AS known FROM sessions s JOIN users u ON u.id = s.user_id
WHERE u.username = $username AND s.client = $client AND s.created_at > $since LIMIT 1;
