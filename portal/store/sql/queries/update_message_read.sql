UPDATE messages SET read_at = $now WHERE id = $id AND read_at IS NULL;
