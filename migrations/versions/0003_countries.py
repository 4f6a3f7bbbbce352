"""countries, foreign ids, sizes and structured catalogue numbers

Revision ID: 0003_countries
Revises: 0002_catalogue_order
Create Date: 2026-12-04 15:45:00

Collections brought in from Colnect, Tellico and GCstar mix countries, so:
- `series.country`: ISO 3166-1 alpha-2 code, 'KP' for every existing series (indexed: `country:`).
- `item.source_id` / `item.source_link`: the item's id where it came from ("colnect:1234567")
  and its page, so a re-import matches by id before anything else (indexed).
- `item.width_mm` / `item.height_mm`: the size of the stamp or sheet in millimetres.
- `item.face_value_text`: the face value as the file wrote it when it could not be read as an
  amount in a known currency ("3 Pta - Spanish peseta", "five chon"); never lost.
- `catalogue_number.country`: the catalogue's country prefix (Colnect `Mi:AL 1155` → 'AL';
  '' = the series' country); `block` / `block_sort_key`: the souvenir-sheet (Michel "Bl.")
  number a stamp belongs to, `Mi 7005 (Bl. 900)`, findable as `mi:bl900`.

Plain ADD COLUMN / CREATE INDEX only: no batch mode, the tables and their FTS triggers stay.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003_countries'
down_revision = '0002_catalogue_order'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("series", sa.Column("country", sa.String(length=10), server_default="KP", nullable=False))
    op.create_index("ix_series_country", "series", ["country"])
    op.add_column("item", sa.Column("source_id", sa.String(length=80), nullable=True))
    op.add_column("item", sa.Column("source_link", sa.Text(), server_default="", nullable=False))
    # The same type as the album's 0004 declares; like 0004, only where they are missing (the
    # two revisions were written in parallel and may meet a database either has touched).
    present = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("item")}
    for name in ("width_mm", "height_mm"):
        if name not in present:
            op.add_column("item", sa.Column(name, sa.Numeric(6, 1, asdecimal=False), nullable=True))
    op.add_column("item", sa.Column("face_value_text", sa.Text(), server_default="", nullable=False))
    op.create_index("ix_item_source_id", "item", ["source_id"])
    op.add_column("catalogue_number", sa.Column("country", sa.String(length=10), server_default="", nullable=False))
    op.add_column("catalogue_number", sa.Column("block", sa.String(length=60), server_default="", nullable=False))
    op.add_column("catalogue_number",
                  sa.Column("block_sort_key", sa.String(length=200), server_default="", nullable=False))
    op.create_index("ix_catalogue_number_block", "catalogue_number", ["catalogue", "block_sort_key"])


def downgrade() -> None:
    op.drop_index("ix_catalogue_number_block", table_name="catalogue_number")
    op.drop_index("ix_item_source_id", table_name="item")
    op.drop_index("ix_series_country", table_name="series")
    with op.batch_alter_table("catalogue_number") as batch:
        for name in ("block_sort_key", "block", "country"):
            batch.drop_column(name)
    with op.batch_alter_table("item") as batch:
        for name in ("face_value_text", "height_mm", "width_mm", "source_link", "source_id"):
            batch.drop_column(name)
    with op.batch_alter_table("series") as batch:
        batch.drop_column("country")
