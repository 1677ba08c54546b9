UPDATE blacklist SET reason = $reason, name = $name WHERE id = $id;
