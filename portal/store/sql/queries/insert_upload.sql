INSERT INTO uploads (id, sha256, original_name, size_bytes, detected_type, pages, uploader_id, uploader_role, uploaded_at)
VALUES ($id, $sha256, $original_name, $size_bytes, $detected_type, $pages, $uploader_id, $uploader_role, $uploaded_at);
