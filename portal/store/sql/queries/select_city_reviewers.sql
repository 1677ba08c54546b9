SELECT id FROM users WHERE role = 'reviewer' AND active AND list_contains(cities, $city) ORDER BY id;
