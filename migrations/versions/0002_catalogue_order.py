"""index the catalogue order of series

Revision ID: 0002_catalogue_order
Revises: 0001_initial
Create Date: 2026-12-02 14:00:00

The main table lists series by issue date (or announcement, or year), serial and id, and
their items by position. With this index a broad filter (a theme, a kind, "owned") reads its
first page in that order and stops, instead of sorting tens of thousands of rows.
The expression must match `kpstamps.services.browse.catalogue_date` exactly (SQLite compares
index expressions as written).
"""
from __future__ import annotations

from alembic import op

revision = '0002_catalogue_order'
down_revision = '0001_initial'
branch_labels = None
depends_on = None

EXPRESSION = "coalesce(issue_date, announced, CAST(year AS VARCHAR), '')"


def upgrade() -> None:
    # A plain CREATE INDEX (no batch mode): the table and its FTS triggers stay as they are.
    op.execute(f"CREATE INDEX IF NOT EXISTS ix_series_catalogue_order ON series ({EXPRESSION}, serial_sort)")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_series_catalogue_order")
