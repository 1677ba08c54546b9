DELETE FROM case_documents WHERE case_id = $case_id AND submission_no = $submission_no AND slot = $slot AND upload_id = $upload_id;
