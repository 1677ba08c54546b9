"""Eligibility rules: exam conditions as dated, sourced YAML data and pure rule functions.
Imports nothing from portal, streamlit or duckdb."""
