INSERT INTO candidates (id, id_number, name, gender, phone, created_at, updated_at)
SELECT nextval('candidate_seq'), $prefix || lpad(i::VARCHAR, 12, '0'), '考生' || i,
       CASE WHEN i % 2 = 0 THEN '女' ELSE '男' END, '138' || lpad((i % 100000000)::VARCHAR, 8, '0'),
       now(), now()
FROM range($n) t(i);
