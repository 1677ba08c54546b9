SELECT failed_at FROM login_failures WHERE username = $username AND cleared_at IS NULL AND failed_at > $since;
