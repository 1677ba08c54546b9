-- Uncleared failures per client of the given usernames since $since, for the lock display.
SELECT username, client, list(failed_at) AS failures FROM login_failures
WHERE cleared_at IS NULL AND failed_at > $since AND list_contains($usernames, username)
GROUP BY username, client;
