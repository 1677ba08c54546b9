INSERT INTO case_findings (case_id, submission_no, source, code, severity, message, file, field, read_value, expected)
VALUES ($case_id, $submission_no, $source, $code, $severity, $message, $file, $field, $read, $expected);
