"""Safe spreadsheet cells: a CSV cell that starts with =, +, -, @, a tab or a carriage return is
read by Excel and LibreOffice as a formula; such cells get a leading apostrophe (OWASP's advice
for CSV injection), which the spreadsheet shows as text. Numbers and dates are left alone."""
from __future__ import annotations

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """The value to write: text starting like a formula is prefixed with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def safe_row(values) -> list:
    return [safe_cell(v) for v in values]
