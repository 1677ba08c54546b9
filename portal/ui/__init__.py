"""Streamlit pages by role; pages call services only."""
