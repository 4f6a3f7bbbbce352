"""series status, sources, pack ids and the state of imported catalogue packs

Revision ID: 0005_series_status
Revises: 0004_item_geometry (main's head when rebased; the integrator chains 0003 in)
Create Date: 2026-12-04 16:00:00

- `series.status`: issued (default), announced or planned (KSC's yearly plans).
- `source`: where a series' facts come from (title, date, URL), in order, per series.
- `pack_id` on series and items: the stable id a catalogue pack gave the row (themes use
  their `key`). `pack_hash` on series, items and themes: the SHA-256 of the values the pack
  brought; a row whose current values hash differently was edited by the user, and a
  newer pack leaves it alone unless the user takes the pack's version. NULL = the user's own.
- `pack_state`: per pack name, the version and content hash last applied; opening a
  catalogue compares the bundled reference's version with this one row (cheap).

Plain add_column/create_table/create_index only: no batch copy of series/item, so their
FTS triggers stay as they are.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005_series_status'
down_revision = '0004_item_geometry'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('series', sa.Column('status', sa.String(length=12), server_default='issued', nullable=False))
    op.add_column('series', sa.Column('pack_id', sa.String(length=120), nullable=True))
    op.add_column('series', sa.Column('pack_hash', sa.String(length=64), nullable=True))
    op.create_index('ix_series_pack_id', 'series', ['pack_id'], unique=True)
    op.create_index('ix_series_status', 'series', ['status'])
    op.add_column('item', sa.Column('pack_id', sa.String(length=120), nullable=True))
    op.add_column('item', sa.Column('pack_hash', sa.String(length=64), nullable=True))
    op.create_index('ix_item_pack_id', 'item', ['pack_id'], unique=True)
    op.add_column('theme', sa.Column('pack_hash', sa.String(length=64), nullable=True))
    op.create_table(
        'source',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('series_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), server_default='0', nullable=False),
        sa.Column('title', sa.Text(), server_default='', nullable=False),
        sa.Column('date', sa.String(length=10), nullable=True),
        sa.Column('url', sa.Text(), server_default='', nullable=False),
        sa.ForeignKeyConstraint(['series_id'], ['series.id'], name=op.f('fk_source_series_id_series'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_source')),
    )
    op.create_index('ix_source_series_id', 'source', ['series_id'])
    op.create_table(
        'pack_state',
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('version', sa.String(length=40), server_default='', nullable=False),
        sa.Column('content_hash', sa.String(length=64), server_default='', nullable=False),
        sa.Column('applied_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
        sa.PrimaryKeyConstraint('name', name=op.f('pk_pack_state')),
    )


def downgrade() -> None:
    op.drop_table('pack_state')
    op.drop_index('ix_source_series_id', table_name='source')
    op.drop_table('source')
    with op.batch_alter_table('theme') as batch:
        batch.drop_column('pack_hash')
    op.drop_index('ix_item_pack_id', table_name='item')
    with op.batch_alter_table('item') as batch:
        batch.drop_column('pack_hash')
        batch.drop_column('pack_id')
    op.drop_index('ix_series_status', table_name='series')
    op.drop_index('ix_series_pack_id', table_name='series')
    with op.batch_alter_table('series') as batch:
        batch.drop_column('pack_hash')
        batch.drop_column('pack_id')
        batch.drop_column('status')
