INSERT INTO blacklist (id, id_number, name, reason, added_by, added_at)
VALUES (nextval('blacklist_seq'), $id_number, $name, $reason, $by, $now)
RETURNING *;
