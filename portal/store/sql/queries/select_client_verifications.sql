SELECT tried_at, cert_no, outcome FROM verification_log
WHERE client = $client AND tried_at >= $since ORDER BY tried_at;
