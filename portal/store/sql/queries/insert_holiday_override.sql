INSERT INTO holiday_overrides (day, is_workday, name, entered_by, entered_at)
VALUES ($day, $is_workday, $name, $actor_id, $now);
