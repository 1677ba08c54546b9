SELECT * FROM candidates WHERE id_number = $id_number;
