"""The catalogue the every-action crawl (crawl_app.py) runs on: something for every command."""

from __future__ import annotations

from pathlib import Path


def crawl_catalogue(home: Path):
    """A catalogue with holdings, wants, a scan and a saved order."""
    from kpstamps.db.models import Item
    from kpstamps.home import DataHome
    from kpstamps.services.catalogue.opening import open_catalogue
    from kpstamps.services.collection.holdings import set_owned, update_want
    from kpstamps.services.orders.orders import lines_from_series, new_order, save_order
    from kpstamps.services.scans.store import prepare_files, record_scans
    from kpstamps.services.settings.preferences import CustomerProfile
    from PIL import Image
    from sqlalchemy import select

    catalogue = open_catalogue(DataHome.resolve(home))
    with catalogue.sessions() as session:
        items = list(session.scalars(select(Item.id).order_by(Item.id)))
    set_owned(catalogue.sessions, items[0], True)
    update_want(catalogue.sessions, items[1], quantity=2)
    update_want(catalogue.sessions, items[2], quantity=1)
    picture = home / "front.jpg"
    Image.new("RGB", (120, 80), (200, 40, 40)).save(picture)
    record_scans(catalogue, prepare_files(catalogue.home.scans, [picture]), item_id=items[0])
    with catalogue.sessions() as session:
        lines = lines_from_series(session, ["New Year 2025"], 1)
    save_order(catalogue.sessions, new_order(catalogue.sessions, lines, CustomerProfile(name="Crawl")))
    return catalogue
