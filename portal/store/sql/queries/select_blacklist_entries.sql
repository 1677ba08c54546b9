SELECT * FROM blacklist WHERE $include_lifted OR lifted_at IS NULL ORDER BY id DESC;
