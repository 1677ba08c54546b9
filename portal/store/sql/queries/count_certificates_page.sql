SELECT count(*)
FROM certificates
WHERE list_contains($cities, coalesce(city, ''))
  AND ($cert_no IS NULL OR cert_no = $cert_no) AND ($name IS NULL OR contains(name, $name))
  AND ($id_number IS NULL OR id_number = $id_number) AND ($phone IS NULL OR phone = $phone)
  AND ($status IS NULL OR status = $status);
