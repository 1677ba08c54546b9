INSERT INTO candidates (id, id_number, name, gender, phone, created_at, updated_at)
SELECT nextval('candidate_seq'), id_number, name, gender, phone, now(), now()
FROM (SELECT id_number, last(name) AS name, last(gender) AS gender, last(phone) AS phone
      FROM list_rows WHERE status <> 'unchanged' GROUP BY id_number) l
WHERE NOT EXISTS (SELECT 1 FROM candidates c WHERE c.id_number = l.id_number);
