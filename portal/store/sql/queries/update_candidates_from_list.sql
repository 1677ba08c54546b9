UPDATE candidates SET name = l.name, phone = l.phone, updated_at = now()
FROM (SELECT id_number, arg_max(name, line) AS name, arg_max(phone, line) AS phone
      FROM list_rows WHERE status <> 'unchanged' GROUP BY id_number) l
WHERE candidates.id_number = l.id_number
  AND (candidates.name <> l.name OR candidates.phone IS DISTINCT FROM l.phone);
