UPDATE candidates SET phone = $phone, updated_at = $now WHERE id = $id;
