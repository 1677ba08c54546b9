-- A successful login clears its own client's failures; an administrator's unlock ($client NULL) all.
UPDATE login_failures SET cleared_at = $now
WHERE username = $username AND ($client IS NULL OR client = $client) AND cleared_at IS NULL;
