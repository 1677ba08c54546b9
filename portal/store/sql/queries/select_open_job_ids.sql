SELECT id FROM jobs WHERE id IN (SELECT unnest($ids)) AND state NOT IN ('done', 'failed');
