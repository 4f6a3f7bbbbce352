"""Thumbnail throughput for 4000×3000 JPEG scans (goal: ≥ 20 per second on 2 cores).

Run with `python -m pytest -m benchmark tests/benchmarks/test_thumbnail_bench.py -s`.
The figure is printed, not asserted: timings depend on the machine and its load.
"""

from __future__ import annotations

import pytest
from kpstamps.services.scans.thumbnails import thumbnail_benchmark

pytestmark = pytest.mark.benchmark


def test_thumbnails_per_second():
    result = thumbnail_benchmark(60)
    print(f"\nthumbnails: {result.per_second:.1f}/s for {result.count} {result.width}×{result.height} JPEGs "
          f"with {result.workers} worker threads ({result.seconds:.2f} s; "
          f"{result.per_cpu_second:.1f} per CPU-second, so ≈{result.per_cpu_second * result.workers:.0f}/s "
          f"on {result.workers} idle cores)")
    assert result.count == 60
