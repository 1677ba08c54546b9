DELETE FROM case_findings WHERE case_id = $case_id AND submission_no = $submission_no;
