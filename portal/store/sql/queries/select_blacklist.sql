SELECT * FROM blacklist WHERE id = $id;
