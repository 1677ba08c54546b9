SELECT id, sha256, original_name, size_bytes, detected_type, pages, uploader_id, uploader_role, uploaded_at, extraction_json
FROM uploads WHERE id = $id;
