SELECT * FROM case_notices WHERE case_id = $case_id ORDER BY submission_no;
