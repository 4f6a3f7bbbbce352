"""Persistence: SQLAlchemy models, engine/session set-up, migrations glue, search SQL."""
