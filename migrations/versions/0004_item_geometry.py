"""item geometry for the album: size in mm, shape, and the copies a collector keeps

Revision ID: 0004_item_geometry
Revises: 0003_countries
Create Date: 2026-12-04 16:00:00

`item.width_mm` / `item.height_mm` (NULL: the kind's default size, shown as assumed),
`item.shape` (NULL: rectangle, or the shape named in `format`) and `item.keep_quantity`
(NULL: keep one; copies beyond it go on the swap list). Plain ADD COLUMN: SQLite needs no
table rebuild, so the FTS triggers stay. width_mm/height_mm are added only where missing,
because the importers' migration 0003 adds the same two columns.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004_item_geometry'
down_revision = '0003_countries'
branch_labels = None
depends_on = None

SIZE_COLUMNS = ("width_mm", "height_mm")


def _columns() -> set[str]:
    return {c["name"] for c in sa.inspect(op.get_bind()).get_columns("item")}


def upgrade() -> None:
    present = _columns()
    for name in SIZE_COLUMNS:
        if name not in present:
            op.add_column("item", sa.Column(name, sa.Numeric(6, 1, asdecimal=False), nullable=True))
    op.add_column("item", sa.Column("shape", sa.String(12), nullable=True))
    op.add_column("item", sa.Column("keep_quantity", sa.Integer(), nullable=True))


def downgrade() -> None:
    # Size columns stay: 0003 owns them when both revisions are applied. Plain DROP COLUMN
    # (SQLite 3.35+, PostgreSQL): no table rebuild, the FTS triggers stay.
    op.execute("ALTER TABLE item DROP COLUMN keep_quantity")
    op.execute("ALTER TABLE item DROP COLUMN shape")
