SELECT day, is_workday FROM holiday_overrides;
