UPDATE cases SET city = $city, updated_at = now() WHERE id = $id;
