SELECT * FROM messages WHERE id = $id;
