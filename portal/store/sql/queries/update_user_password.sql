UPDATE users SET password_hash = $hash, failed_attempts = 0, locked_until = NULL WHERE id = $id;
