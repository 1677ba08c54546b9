INSERT INTO serial_pools (id, scheme, prefix, unit_code, year, next_serial, capacity, created_at)
VALUES (nextval('serial_pool_seq'), $scheme, $prefix, $unit_code, $year, 1, 0, $now)
RETURNING id;
