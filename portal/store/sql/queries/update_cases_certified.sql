UPDATE cases SET state = 'certified', updated_at = $now
WHERE state = 'final' AND id IN (SELECT case_id FROM cert_batch);
