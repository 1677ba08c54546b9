SELECT count(*) FILTER (WHERE client = $client) AS by_client,
       count(*) FILTER (WHERE cert_no = $cert_no AND outcome = 'unknown') AS unknown_for_number
FROM verification_log WHERE tried_at >= $since;
