"""Pass-list publication (公示): working-day notice periods, row shaping and exports (XLSX, PDF)."""
