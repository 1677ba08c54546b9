UPDATE blacklist SET lifted_at = $now, lifted_by = $by, lift_reason = $reason WHERE id = $id;
