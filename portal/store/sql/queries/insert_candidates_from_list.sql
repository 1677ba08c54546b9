-- Candidates new to the portal, numbered from $first in the order of their first row in the list
-- ($first: the first of the ids reserved by reserve_candidate_ids.sql); name and phone from their last row.
INSERT INTO candidates (id, id_number, name, gender, phone, created_at, updated_at)
SELECT $first + row_number() OVER (ORDER BY l.line) - 1, id_number, name, gender, phone, now(), now()
FROM (SELECT id_number, min(line) AS line, arg_max(name, line) AS name, arg_max(gender, line) AS gender,
             arg_max(phone, line) AS phone
      FROM list_rows WHERE status <> 'unchanged' GROUP BY id_number) l
WHERE NOT EXISTS (SELECT 1 FROM candidates c WHERE c.id_number = l.id_number);
