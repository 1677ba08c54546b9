"""reviewer pages."""
