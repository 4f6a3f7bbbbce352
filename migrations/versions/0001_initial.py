"""create the catalogue schema

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-22 22:12:55.714650
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001_initial'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('recipient',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=40), nullable=True),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('address', sa.Text(), server_default='', nullable=False),
    sa.Column('country', sa.Text(), server_default='', nullable=False),
    sa.Column('email', sa.Text(), server_default='', nullable=False),
    sa.Column('phone', sa.Text(), server_default='', nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recipient')),
    sa.UniqueConstraint('key', name=op.f('uq_recipient_key'))
    )
    op.create_table('saved_search',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('query', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_saved_search')),
    sa.UniqueConstraint('name', name=op.f('uq_saved_search_name'))
    )
    op.create_table('series',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('serial', sa.String(length=40), nullable=True),
    sa.Column('serial_sort', sa.String(length=120), server_default='', nullable=False),
    sa.Column('issue_date', sa.String(length=10), nullable=True),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('announced', sa.String(length=10), nullable=True),
    sa.Column('notes', sa.Text(), server_default='', nullable=False),
    sa.Column('source', sa.Text(), server_default='', nullable=False),
    sa.Column('search_text', sa.Text(), server_default='', nullable=False),
    sa.Column('version_id', sa.Integer(), server_default='1', nullable=False),
    sa.Column('updated_by', sa.String(length=120), server_default='', nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('title_ko', sa.Text(), server_default='', nullable=False),
    sa.Column('title_en', sa.Text(), server_default='', nullable=False),
    sa.Column('title_zh', sa.Text(), server_default='', nullable=False),
    sa.Column('title_ru', sa.Text(), server_default='', nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_series')),
    sa.UniqueConstraint('serial', name=op.f('uq_series_serial'))
    )
    with op.batch_alter_table('series', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_series_issue_date'), ['issue_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_series_serial_sort'), ['serial_sort'], unique=False)
        batch_op.create_index(batch_op.f('ix_series_year'), ['year'], unique=False)

    op.create_table('theme',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=120), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('name_ko', sa.Text(), server_default='', nullable=False),
    sa.Column('name_en', sa.Text(), server_default='', nullable=False),
    sa.Column('name_zh', sa.Text(), server_default='', nullable=False),
    sa.Column('name_ru', sa.Text(), server_default='', nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['theme.id'], name=op.f('fk_theme_parent_id_theme'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_theme')),
    sa.UniqueConstraint('key', name=op.f('uq_theme_key'))
    )
    with op.batch_alter_table('theme', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_theme_parent_id'), ['parent_id'], unique=False)

    op.create_table('item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('series_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), server_default='0', nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('face_value_cents', sa.Integer(), nullable=True),
    sa.Column('currency', sa.String(length=3), server_default='KPW', nullable=False),
    sa.Column('perforation', sa.String(length=20), nullable=True),
    sa.Column('perf_gauge', sa.String(length=40), server_default='', nullable=False),
    sa.Column('format', sa.String(length=120), server_default='', nullable=False),
    sa.Column('description', sa.Text(), server_default='', nullable=False),
    sa.Column('search_text', sa.Text(), server_default='', nullable=False),
    sa.Column('version_id', sa.Integer(), server_default='1', nullable=False),
    sa.Column('updated_by', sa.String(length=120), server_default='', nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('title_ko', sa.Text(), server_default='', nullable=False),
    sa.Column('title_en', sa.Text(), server_default='', nullable=False),
    sa.Column('title_zh', sa.Text(), server_default='', nullable=False),
    sa.Column('title_ru', sa.Text(), server_default='', nullable=False),
    sa.CheckConstraint('face_value_cents IS NULL OR face_value_cents >= 0', name=op.f('ck_item_face_value_not_negative')),
    sa.ForeignKeyConstraint(['series_id'], ['series.id'], name=op.f('fk_item_series_id_series'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_item'))
    )
    with op.batch_alter_table('item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_item_kind'), ['kind'], unique=False)
        batch_op.create_index('ix_item_series_position', ['series_id', 'position'], unique=False)

    op.create_table('series_theme',
    sa.Column('series_id', sa.Integer(), nullable=False),
    sa.Column('theme_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['series_id'], ['series.id'], name=op.f('fk_series_theme_series_id_series'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['theme_id'], ['theme.id'], name=op.f('fk_series_theme_theme_id_theme'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('series_id', 'theme_id', name=op.f('pk_series_theme'))
    )
    with op.batch_alter_table('series_theme', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_series_theme_theme_id'), ['theme_id'], unique=False)

    op.create_table('stamp_order',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('recipient_id', sa.Integer(), nullable=True),
    sa.Column('order_date', sa.String(length=10), nullable=False),
    sa.Column('language', sa.String(length=2), server_default='en', nullable=False),
    sa.Column('currency', sa.String(length=3), server_default='EUR', nullable=False),
    sa.Column('status', sa.String(length=12), server_default='draft', nullable=False),
    sa.Column('shipping_route', sa.String(length=60), server_default='', nullable=False),
    sa.Column('shipping_cents', sa.Integer(), server_default='0', nullable=False),
    sa.Column('customer_json', sa.Text(), server_default='{}', nullable=False),
    sa.Column('remarks', sa.Text(), server_default='', nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['recipient_id'], ['recipient.id'], name=op.f('fk_stamp_order_recipient_id_recipient'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stamp_order')),
    sa.UniqueConstraint('number', name=op.f('uq_stamp_order_number'))
    )
    op.create_table('catalogue_number',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('catalogue', sa.String(length=20), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('sort_key', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_catalogue_number_item_id_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_catalogue_number')),
    sa.UniqueConstraint('item_id', 'catalogue', 'number', name='uq_catalogue_number_item_catalogue_number')
    )
    with op.batch_alter_table('catalogue_number', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_catalogue_number_item_id'), ['item_id'], unique=False)
        batch_op.create_index('ix_catalogue_number_lookup', ['catalogue', 'sort_key'], unique=False)
        batch_op.create_index('ix_catalogue_number_sort_key', ['sort_key'], unique=False)

    op.create_table('catalogue_value',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('condition', sa.String(length=20), nullable=False),
    sa.Column('amount_cents', sa.Integer(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('catalogue', sa.String(length=20), server_default='michel', nullable=False),
    sa.Column('edition', sa.String(length=60), server_default='', nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint('amount_cents >= 0', name=op.f('ck_catalogue_value_amount_not_negative')),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_catalogue_value_item_id_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_catalogue_value'))
    )
    with op.batch_alter_table('catalogue_value', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_catalogue_value_item_id'), ['item_id'], unique=False)

    op.create_table('holding',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('condition', sa.String(length=20), nullable=False),
    sa.Column('quantity', sa.Integer(), server_default='1', nullable=False),
    sa.Column('price_cents', sa.Integer(), nullable=True),
    sa.Column('price_currency', sa.String(length=3), nullable=True),
    sa.Column('acquired', sa.String(length=10), nullable=True),
    sa.Column('location', sa.Text(), server_default='', nullable=False),
    sa.Column('note', sa.Text(), server_default='', nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint('quantity >= 0', name=op.f('ck_holding_quantity_not_negative')),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_holding_item_id_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_holding'))
    )
    with op.batch_alter_table('holding', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_holding_item_id'), ['item_id'], unique=False)

    op.create_table('order_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('note', sa.Text(), server_default='', nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['stamp_order.id'], name=op.f('fk_order_event_order_id_stamp_order'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_order_event'))
    )
    with op.batch_alter_table('order_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_order_event_order_id'), ['order_id'], unique=False)

    op.create_table('order_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), server_default='0', nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=True),
    sa.Column('series_id', sa.Integer(), nullable=True),
    sa.Column('condition', sa.String(length=20), server_default='mnh', nullable=False),
    sa.Column('quantity', sa.Integer(), server_default='1', nullable=False),
    sa.Column('unit_price_cents', sa.Integer(), server_default='0', nullable=False),
    sa.Column('note', sa.Text(), server_default='', nullable=False),
    sa.CheckConstraint('quantity >= 1', name=op.f('ck_order_line_quantity_positive')),
    sa.CheckConstraint('unit_price_cents >= 0', name=op.f('ck_order_line_price_not_negative')),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_order_line_item_id_item'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['order_id'], ['stamp_order.id'], name=op.f('fk_order_line_order_id_stamp_order'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['series_id'], ['series.id'], name=op.f('fk_order_line_series_id_series'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_order_line'))
    )
    with op.batch_alter_table('order_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_order_line_order_id'), ['order_id'], unique=False)

    op.create_table('scan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=True),
    sa.Column('series_id', sa.Integer(), nullable=True),
    sa.Column('role', sa.String(length=10), server_default='front', nullable=False),
    sa.Column('position', sa.Integer(), server_default='0', nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('extension', sa.String(length=8), server_default='jpg', nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('width', sa.Integer(), nullable=True),
    sa.Column('height', sa.Integer(), nullable=True),
    sa.Column('original_name', sa.Text(), server_default='', nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint('(item_id IS NULL) <> (series_id IS NULL)', name=op.f('ck_scan_one_owner')),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_scan_item_id_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['series_id'], ['series.id'], name=op.f('fk_scan_series_id_series'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scan'))
    )
    with op.batch_alter_table('scan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_scan_item_id'), ['item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_scan_series_id'), ['series_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_scan_sha256'), ['sha256'], unique=False)

    op.create_table('want',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('quantity', sa.Integer(), server_default='1', nullable=False),
    sa.Column('condition', sa.String(length=20), server_default='mnh', nullable=False),
    sa.Column('max_price_cents', sa.Integer(), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=True),
    sa.Column('note', sa.Text(), server_default='', nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint('quantity >= 1', name=op.f('ck_want_quantity_positive')),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_want_item_id_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_want'))
    )
    with op.batch_alter_table('want', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_want_item_id'), ['item_id'], unique=False)

    if op.get_bind().dialect.name == "sqlite":
        # Full-text (trigram) indexes over series/item.search_text, kept in sync by triggers.
        from kpstamps.db.fts import create_fts

        create_fts(op.get_bind())
    if op.get_bind().dialect.name == "postgresql":
        # Trigram GIN indexes let ILIKE '%word%' on search_text use an index (pg_trgm is a
        # trusted extension since PostgreSQL 13: the database owner may create it).
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute("CREATE INDEX ix_series_search_text_trgm ON series USING gin (search_text gin_trgm_ops)")
        op.execute("CREATE INDEX ix_item_search_text_trgm ON item USING gin (search_text gin_trgm_ops)")
        # 1-2 character words yield no trigram: a GIN index over the text's characters finds
        # the rows holding all of them (db/search_sql.py uses the same expression, then LIKE).
        # No recheck per row, unlike a trigram index (about 20x faster for a common character).
        # The name ends in _trgm like the other search indexes, which only the migration makes.
        for table in ("series", "item"):
            op.execute(f"CREATE INDEX ix_{table}_search_chars_trgm ON {table} USING gin "
                       "(string_to_array(search_text, NULL))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        from kpstamps.db.fts import drop_fts

        drop_fts(op.get_bind())
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_item_search_chars_trgm")
        op.execute("DROP INDEX IF EXISTS ix_series_search_chars_trgm")
        op.execute("DROP INDEX IF EXISTS ix_item_search_text_trgm")
        op.execute("DROP INDEX IF EXISTS ix_series_search_text_trgm")
    with op.batch_alter_table('want', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_want_item_id'))

    op.drop_table('want')
    with op.batch_alter_table('scan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_scan_sha256'))
        batch_op.drop_index(batch_op.f('ix_scan_series_id'))
        batch_op.drop_index(batch_op.f('ix_scan_item_id'))

    op.drop_table('scan')
    with op.batch_alter_table('order_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_order_line_order_id'))

    op.drop_table('order_line')
    with op.batch_alter_table('order_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_order_event_order_id'))

    op.drop_table('order_event')
    with op.batch_alter_table('holding', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_holding_item_id'))

    op.drop_table('holding')
    with op.batch_alter_table('catalogue_value', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_catalogue_value_item_id'))

    op.drop_table('catalogue_value')
    with op.batch_alter_table('catalogue_number', schema=None) as batch_op:
        batch_op.drop_index('ix_catalogue_number_sort_key')
        batch_op.drop_index('ix_catalogue_number_lookup')
        batch_op.drop_index(batch_op.f('ix_catalogue_number_item_id'))

    op.drop_table('catalogue_number')
    op.drop_table('stamp_order')
    with op.batch_alter_table('series_theme', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_series_theme_theme_id'))

    op.drop_table('series_theme')
    with op.batch_alter_table('item', schema=None) as batch_op:
        batch_op.drop_index('ix_item_series_position')
        batch_op.drop_index(batch_op.f('ix_item_kind'))

    op.drop_table('item')
    with op.batch_alter_table('theme', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_theme_parent_id'))

    op.drop_table('theme')
    with op.batch_alter_table('series', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_series_year'))
        batch_op.drop_index(batch_op.f('ix_series_serial_sort'))
        batch_op.drop_index(batch_op.f('ix_series_issue_date'))

    op.drop_table('series')
    op.drop_table('saved_search')
    op.drop_table('recipient')
