"""Search benchmark at 100,000 items (run with -m benchmark): p95 goals from the search issue."""

import pytest
from kpstamps.services.bench.figures import run_bench


@pytest.mark.benchmark
@pytest.mark.timeout(900)
def test_search_bench_100k():
    report = run_bench(items=100_000, repeats=20)
    print(report)
    assert report["search"]["overall"]["p95_ms"] <= 30
    assert report["search"]["ratio_p95"] <= 3
    assert report["filter"]["overall"]["p95_ms"] <= 20
