SELECT id, next_serial, capacity FROM serial_pools WHERE scheme = $scheme AND prefix = $prefix;
