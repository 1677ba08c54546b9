INSERT INTO verification_log (tried_at, client, cert_no, outcome) VALUES ($now, $client, $cert_no, $outcome);
