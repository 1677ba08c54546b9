UPDATE users SET failed_attempts = $failed, locked_until = $locked_until WHERE id = $id;
