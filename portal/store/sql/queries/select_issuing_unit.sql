SELECT user_id, scheme, unit_code, body_name, set_by, set_at FROM issuing_units WHERE user_id = $user_id;
