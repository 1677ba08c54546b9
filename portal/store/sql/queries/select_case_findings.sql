SELECT source, code, severity, message, file, field, read_value AS read, expected
FROM case_findings WHERE case_id = $case_id AND submission_no = $submission_no
ORDER BY CASE severity WHEN 'fail' THEN 0 WHEN 'warn' THEN 1 ELSE 2 END, source, code;
