UPDATE jobs SET state = 'done', finished_at = $now, error = NULL WHERE id = $id;
