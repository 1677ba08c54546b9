-- Certificates issued or revoked in [$first, $last] (dates, both included), for the ministry report.
SELECT cert_no, name, gender, id_number, qualification, level_name, series, specialty, issuing_body,
       unit_code, obtained_on, issued_on, status, CAST(revoked_at AS DATE) AS revoked_on, revoke_reason,
       CASE WHEN issued_on BETWEEN $first AND $last THEN true ELSE false END AS issued_in_period
FROM certificates
WHERE ((issued_on BETWEEN $first AND $last) OR (CAST(revoked_at AS DATE) BETWEEN $first AND $last))
  AND list_contains($cities, coalesce(city, ''))
ORDER BY issued_at, id;
