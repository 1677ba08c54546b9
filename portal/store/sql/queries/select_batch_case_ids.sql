SELECT case_id FROM certificates WHERE batch_id = $batch_id AND case_id IS NOT NULL;
