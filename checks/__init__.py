"""Document reading and checks: text backends, OCR engines, templates, extraction, checks.
Imports nothing from portal, streamlit or duckdb."""
