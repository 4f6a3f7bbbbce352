"""A 100-page illustrated album (one 4000×3000 scan per item) renders in ≤ 10 s and ≤ 25 MB.

The time includes downsampling every scan to print resolution (cold thumbnail cache).
Run: python -m pytest -m benchmark tests/benchmarks/test_album_bench.py -s
"""

from __future__ import annotations

import resource
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from kpstamps.db.models import Item, Series
from kpstamps.printing.album import AlbumOptions, render_album_pdf, scan_images
from kpstamps.services.album.pages import load_album
from kpstamps.services.scans.store import prepare_files, record_scans
from PIL import Image, ImageDraw

SERIES = 100
KINDS = ("stamp", "stamp", "stamp", "souvenir_sheet")  # one page per series: 3 stamps and a sheet


def _scans(folder, count: int) -> list:
    """Distinct 4000×3000 JPEGs (about 2 MB each) with texture at the scale of a printed design.

    Noise at 200×150 blown up: fine enough that it survives downsampling to 200 dpi (harder
    for JPEG than most stamp designs; pure pixel noise would be harder still).
    """
    base = Image.effect_noise((200, 150), 60).convert("RGB").resize((4000, 3000), Image.Resampling.BILINEAR)
    def make(n: int):
        image = base.copy()
        draw = ImageDraw.Draw(image)
        draw.rectangle((40 * (n % 90), 30 * (n % 90), 40 * (n % 90) + 400, 30 * (n % 90) + 300),
                       fill=(n * 37 % 256, n * 91 % 256, n * 53 % 256))
        path = folder / f"scan{n:04d}.jpg"
        image.save(path, quality=85)
        return path

    with ThreadPoolExecutor(max_workers=2) as pool:  # Pillow encodes outside the GIL
        return list(pool.map(make, range(count)))


@pytest.mark.benchmark
@pytest.mark.timeout(900)  # making 400 scans of 12 megapixels takes a minute or two
def test_100_page_illustrated_album(qapp, empty_catalogue, home, tmp_path):
    catalogue = empty_catalogue
    with catalogue.sessions.begin() as s:
        for n in range(SERIES):
            series = Series(serial=f"B{n:03d}", serial_sort=f"b{n:03d}", year=2000 + n % 25,
                            title_en=f"Benchmark series {n}", title_ko=f"시험 묶음 {n}")
            series.items = [Item(position=p + 1, kind=kind, face_value_cents=1000 * (p + 1)) for p, kind in enumerate(KINDS)]
            s.add(series)
    with catalogue.sessions() as s:
        item_ids = [i for i, in s.query(Item.id).order_by(Item.id)]
    started = time.perf_counter()
    files = _scans(tmp_path, len(item_ids))
    for item_id, path in zip(item_ids, files):
        record_scans(catalogue, prepare_files(home.scans, [path]), item_id=item_id)
    print(f"\nsetup: {len(files)} scans of 4000×3000 made and stored in {time.perf_counter() - started:.1f} s")
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    album = load_album(catalogue.sessions)
    images = scan_images(home.scans, home.thumbnails, AlbumOptions().image_dpi)
    result = render_album_pdf(album, tmp_path / "album.pdf", AlbumOptions(lang="en", images=True), images)
    seconds = time.perf_counter() - started
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"album: {result.pages} pages, {len(item_ids)} illustrated spaces, {result.size_bytes / 1e6:.1f} MB, "
          f"{seconds:.2f} s (render {result.seconds:.2f} s); peak RSS {rss_before:.0f} → {rss_after:.0f} MB")
    assert result.pages >= 100
    assert seconds <= 10.0
    assert result.size_bytes <= 25 * 1024 * 1024
