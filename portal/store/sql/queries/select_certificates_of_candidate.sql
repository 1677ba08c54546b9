SELECT cert_no, name, name_printed, gender, id_number, qualification, level_name, series, specialty,
       issuing_body, obtained_on, issued_on, status, revoked_at, revoke_reason
FROM certificates WHERE candidate_id = $candidate_id ORDER BY issued_at, id;
