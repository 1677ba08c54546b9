INSERT INTO serial_pool_blocks (pool_id, first_serial, last_serial, reason, created_at)
VALUES ($pool_id, $first_serial, $last_serial, $reason, $now);
