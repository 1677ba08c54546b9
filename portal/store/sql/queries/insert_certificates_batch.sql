-- Rows come from the registered Arrow table `cert_batch`, built and signed by the issuer.
INSERT INTO certificates (id, cert_no, scheme, pool_id, serial, batch_id, case_id, candidate_id,
    basis_cert_id, name, name_printed, gender, id_number, phone, submitting_unit, qualification, exam,
    level, level_name, series, specialty, issuing_body, unit_code, city, obtained_on, issued_on,
    issued_at, issued_by, signature, key_id, status)
SELECT nextval('certificate_seq'), cert_no, scheme, pool_id, serial, batch_id, case_id, candidate_id,
    basis_cert_id, name, name_printed, gender, id_number, phone, submitting_unit, qualification, exam,
    level, level_name, series, specialty, issuing_body, unit_code, city, obtained_on, issued_on,
    issued_at, issued_by, signature, key_id, 'valid'
FROM cert_batch ORDER BY batch_order;
