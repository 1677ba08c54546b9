SELECT id, username, role, display_name, cities, active, locked_until, coalesce(must_change_password, false) AS must_change_password FROM users WHERE role <> 'candidate' ORDER BY id;
