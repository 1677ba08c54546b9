SELECT * FROM outbox WHERE id = $id;
