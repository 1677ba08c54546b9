UPDATE serial_pools SET next_serial = $next_serial, capacity = $capacity
WHERE id = $pool_id AND next_serial = $expected_next;
