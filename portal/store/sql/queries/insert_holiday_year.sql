INSERT OR REPLACE INTO holiday_years (year, source, entered_by, entered_at)
VALUES ($year, $source, $actor_id, $now);
