-- Events sealed by the unkeyed chain (before row digests existed): they carry no row_digest at all.
SELECT count(*) FROM audit_events WHERE row_digest IS NULL;
