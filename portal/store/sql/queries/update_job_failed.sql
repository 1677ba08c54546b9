UPDATE jobs SET state = 'failed', finished_at = $now, error = $error WHERE id = $id;
