SELECT id, scheme, prefix, unit_code, year FROM serial_pools WHERE id = $pool_id;
