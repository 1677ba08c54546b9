INSERT INTO users (id, username, role, display_name, cities, candidate_id, password_hash, created_at)
VALUES (nextval('user_seq'), $username, $role, $display_name, $cities, $candidate_id, $password_hash, $now)
RETURNING *;
