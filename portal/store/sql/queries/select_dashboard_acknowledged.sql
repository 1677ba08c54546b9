-- Failing findings passed with a reviewer's acknowledgement (decisions not rolled back), by finding.
SELECT message, count(*) AS n, count(DISTINCT case_id) AS cases, list(DISTINCT case_id) AS case_ids
FROM (SELECT f.case_id,
             unnest(json_extract_string(json_extract_string(r.after_json, '$.decision_json'),
                                        '$.acknowledged[*].message')) AS message
      FROM decision_facts f JOIN review_ops r ON r.id = f.op_id
      WHERE f.op = 'pass' AND r.undone_at IS NULL AND list_contains($cities, f.city)
        AND contains(r.after_json, 'acknowledged'))  -- most passes acknowledge nothing: skip parsing them
GROUP BY message ORDER BY n DESC, message;
