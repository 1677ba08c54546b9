SELECT code, name FROM cert_series ORDER BY code;
