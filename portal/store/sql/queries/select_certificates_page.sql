-- Certificates of the caller's cities, newest first: by number, exact ID or phone number, or part
-- of the holder's name, and by status.
SELECT cert_no, name, id_number, phone, qualification, level_name, issuing_body, unit_code, city,
       obtained_on, issued_on, status, revoked_at, revoke_reason, case_id
FROM certificates
WHERE list_contains($cities, coalesce(city, ''))
  AND ($cert_no IS NULL OR cert_no = $cert_no) AND ($name IS NULL OR contains(name, $name))
  AND ($id_number IS NULL OR id_number = $id_number) AND ($phone IS NULL OR phone = $phone)
  AND ($status IS NULL OR status = $status)
ORDER BY issued_at DESC, id DESC
LIMIT $limit OFFSET $offset;
