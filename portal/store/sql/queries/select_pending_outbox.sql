-- SMS waiting for the gateway: codes and single notices before the notices of a whole list or
-- certificate batch (which may be 100,000 long), each oldest first.
SELECT id FROM outbox WHERE status = 'pending'
ORDER BY purpose IN ('listed', 'certified', 'window'), id
LIMIT $limit;
