SELECT uploader_id FROM uploads WHERE id = $id;
