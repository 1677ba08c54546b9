SELECT failed_at FROM login_failures WHERE client = $client AND cleared_at IS NULL AND failed_at > $since;
