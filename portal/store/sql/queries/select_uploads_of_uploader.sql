SELECT id, sha256, original_name, size_bytes, detected_type, pages, uploader_id, uploader_role, uploaded_at
FROM uploads WHERE uploader_id = $uploader_id ORDER BY uploaded_at DESC, id;
