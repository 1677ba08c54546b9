SELECT * FROM rounds WHERE id = $id;
