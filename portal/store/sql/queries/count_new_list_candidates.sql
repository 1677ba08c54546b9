SELECT count(DISTINCT l.id_number)
FROM list_rows l
WHERE l.status <> 'unchanged' AND NOT EXISTS (SELECT 1 FROM candidates c WHERE c.id_number = l.id_number);
