-- A new password: the version moves on, so every principal issued before it is refused.
UPDATE users SET password_hash = $hash, failed_attempts = 0, locked_until = NULL,
    password_version = coalesce(password_version, 0) + 1, must_change_password = $must_change
WHERE id = $id;
