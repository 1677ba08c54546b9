"""DuckDB storage: migrations in sql/migrations, one query per file in sql/queries."""
