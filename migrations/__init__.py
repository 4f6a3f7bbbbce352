"""Alembic environment and revisions; installed as the package `kpstamps.migrations`."""
