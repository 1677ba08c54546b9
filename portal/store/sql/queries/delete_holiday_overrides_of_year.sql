DELETE FROM holiday_overrides WHERE year(day) = $year;
