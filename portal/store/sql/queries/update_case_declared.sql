UPDATE cases SET declared_json = $declared_json, updated_at = now() WHERE id = $id;
