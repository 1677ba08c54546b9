SELECT count(*) FROM list_rows WHERE status = 'new';
