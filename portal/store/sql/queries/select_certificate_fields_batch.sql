SELECT cert_no, case_id FROM certificates WHERE batch_id = $batch_id ORDER BY serial;
