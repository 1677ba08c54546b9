-- Display names of the given user ids (one query for a chart's legend, not one per user).
SELECT id, display_name FROM users WHERE id IN (SELECT unnest($ids));
