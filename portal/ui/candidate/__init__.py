"""candidate pages."""
