DELETE FROM case_notices WHERE case_id = $case_id AND submission_no = $submission_no;
