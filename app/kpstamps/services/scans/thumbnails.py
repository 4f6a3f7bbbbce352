"""Thumbnails of scans, cached on disk by content hash and size (no Qt here).

`thumbnails/<sha[:2]>/<sha>-<size>.jpg` (or `.png` for images with transparency). JPEGs
are decoded at a reduced scale with Pillow's `draft()` instead of in full.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

THUMBNAIL_SIZE = 256  # logical pixels; HiDPI screens ask for size × devicePixelRatio


def thumbnail_size(device_pixel_ratio: float, logical: int = THUMBNAIL_SIZE) -> int:
    """Pixels to render for a thumbnail of `logical` pixels on a screen with this ratio."""
    return max(16, round(logical * max(1.0, device_pixel_ratio)))


def _content_key(path: Path) -> str:
    # Stored scans are named by their hash already; anything else is hashed.
    stem = path.stem
    if len(stem) == 64 and all(c in "0123456789abcdef" for c in stem):
        return stem
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def cached_thumbnail(cache_dir: Path, sha256: str, size: int) -> Path | None:
    """The cached thumbnail of this content and size, if one exists."""
    folder = cache_dir / sha256[:2]
    for ext in ("jpg", "png"):
        candidate = folder / f"{sha256}-{size}.{ext}"
        if candidate.is_file():
            return candidate
    return None


def make_thumbnail(path: str | os.PathLike[str], size: int, cache_dir: str | os.PathLike[str],
                   sha256: str | None = None) -> Path:
    """Return the path of a cached thumbnail (longest side `size`) of the image at `path`.

    Made and cached on first use; safe to call from several threads at once. Raises
    ScanError (naming the file) for an image that cannot be read.
    """
    path, cache_dir = Path(path), Path(cache_dir)
    key = sha256 or _content_key(path)
    found = cached_thumbnail(cache_dir, key, size)
    if found is not None:
        return found
    from kpstamps.services.scans.images import open_for_display  # Pillow: when a thumbnail is made

    image = open_for_display(path, max_size=size)
    alpha = image.mode == "RGBA"
    target = cache_dir / key[:2] / f"{key}-{size}.{'png' if alpha else 'jpg'}"
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=".tmp-", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            if alpha:
                image.save(out, "PNG", compress_level=1)
            else:
                image.save(out, "JPEG", quality=88)
        os.replace(temp_name, target)  # a cache: atomic, but no fsync needed
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return target


@dataclass(frozen=True)
class ThumbnailBenchmark:
    count: int
    seconds: float
    workers: int
    width: int
    height: int
    cpu_seconds: float = 0.0  # process CPU time: shows what a busy machine hides

    @property
    def per_second(self) -> float:
        return self.count / self.seconds if self.seconds else float("inf")

    @property
    def per_cpu_second(self) -> float:
        """Thumbnails per second of one core's CPU time (× cores ≈ the rate on an idle machine)."""
        return self.count / self.cpu_seconds if self.cpu_seconds else float("inf")

    def as_dict(self) -> dict:
        return {**asdict(self), "per_second": round(self.per_second, 1),
                "per_cpu_second": round(self.per_cpu_second, 1)}


def _sample_jpeg(path: Path, width: int, height: int, seed: int) -> None:
    from PIL import Image

    # Noise over a gradient: compresses like a real scan, not like a flat colour.
    base = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    noise = Image.effect_noise((width, height), 40 + seed).convert("RGB")
    Image.blend(base, noise, 0.35).save(path, "JPEG", quality=90)


def thumbnail_benchmark(n: int = 40, size: int = THUMBNAIL_SIZE, workers: int | None = None,
                        width: int = 4000, height: int = 3000) -> ThumbnailBenchmark:
    """Time making `n` uncached thumbnails of `width`×`height` JPEG scans with `workers` threads.

    A few distinct JPEGs are generated in a temporary folder (not timed); each of the `n`
    thumbnails gets its own cache key so nothing is served from the cache.
    """
    workers = workers or min(4, os.cpu_count() or 1)
    with tempfile.TemporaryDirectory(prefix="kpstamps-bench-") as temp:
        folder = Path(temp)
        samples = []
        for index in range(min(n, 4)):
            sample = folder / f"sample{index}.jpg"
            _sample_jpeg(sample, width, height, index)
            samples.append(sample)
        cache = folder / "cache"
        jobs = [(samples[i % len(samples)], f"{i:064x}") for i in range(n)]
        started, cpu_started = time.perf_counter(), time.process_time()
        with ThreadPoolExecutor(max_workers=workers) as pool:
            list(pool.map(lambda job: make_thumbnail(job[0], size, cache, job[1]), jobs))
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        shutil.rmtree(cache, ignore_errors=True)
    return ThumbnailBenchmark(n, elapsed, workers, width, height, cpu)
