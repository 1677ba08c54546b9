INSERT INTO audit_staged VALUES ($seq, $event);
