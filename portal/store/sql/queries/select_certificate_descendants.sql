-- The certificate and every certificate obtained on its basis, at any depth.
WITH RECURSIVE tree(id, depth) AS (
    SELECT id, 0 FROM certificates WHERE cert_no = $cert_no
    UNION
    SELECT c.id, t.depth + 1 FROM certificates c JOIN tree t ON c.basis_cert_id = t.id
)
SELECT c.id, c.cert_no, c.case_id, c.name, c.id_number, c.status, min(t.depth) AS depth
FROM tree t JOIN certificates c ON c.id = t.id
GROUP BY ALL ORDER BY depth, c.id;
