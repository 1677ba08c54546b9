SELECT * FROM blacklist WHERE id_number = $id_number AND lifted_at IS NULL ORDER BY id DESC LIMIT 1;
