SELECT * FROM candidates WHERE id = $id;
