SELECT id, username, role, display_name, cities, active, locked_until FROM users WHERE role <> 'candidate' ORDER BY id;
