"""Service layer: one function per user action; each runs in one unit of work with its audit event."""
