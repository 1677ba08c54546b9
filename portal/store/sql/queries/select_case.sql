SELECT * FROM cases WHERE id = $id;
