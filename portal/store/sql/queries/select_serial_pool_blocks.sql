SELECT p.scheme, p.prefix, p.unit_code, p.year, p.next_serial, p.capacity, b.first_serial, b.last_serial,
       b.reason, b.created_at
FROM serial_pools p JOIN serial_pool_blocks b ON b.pool_id = p.id
ORDER BY p.id, b.first_serial;
