SELECT * FROM analysis_jobs WHERE case_id = $case_id AND submission_no = $submission_no;
