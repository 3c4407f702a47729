"""Storage sink: diplo's events, entities and alerts in SQLite (default) or PostgreSQL."""
