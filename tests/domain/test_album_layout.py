"""Item geometry and the album page layout: margins, overlaps, sizes, order, continuation."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from kpstamps.domain.album.geometry import (
    Geometry,
    Shape,
    format_size,
    item_geometry,
    parse_shape,
    parse_size,
)
from kpstamps.domain.album.layout import (
    PageSpec,
    SeriesInput,
    SpaceInput,
    Spacing,
    lay_out,
)


def test_sizes_parse_and_format():
    assert parse_size("40×30") == (40.0, 30.0)
    assert parse_size(" 40,5 x 30 mm ") == (40.5, 30.0)
    assert parse_size("") is None
    assert format_size(40.0, 30.0) == "40×30" and format_size(None, 30.0) == ""
    for bad in ("40", "40×0", "abc", "2000×30"):
        with pytest.raises(ValueError):
            parse_size(bad)


def test_unknown_sizes_are_the_kind_default_and_marked_assumed():
    assert item_geometry("stamp", None, None) == Geometry(40.0, 30.0, Shape.RECTANGLE, assumed=True)
    assert item_geometry("souvenir_sheet", None, 90.0).width_mm == 120.0
    assert item_geometry("postcard", None, None).width_mm == 148.0
    known = item_geometry("stamp", 35.0, 25.0, "round")
    assert (known.width_mm, known.height_mm, known.shape, known.assumed) == (35.0, 25.0, Shape.ROUND, False)


def test_the_shape_falls_back_to_the_format_text():
    """The reference data says "oval" in the item's format for the 2025 New Year stamp."""
    assert item_geometry("stamp", None, None, None, "oval").shape is Shape.OVAL
    assert item_geometry("stamp", None, None, "", "perf 12").shape is Shape.RECTANGLE
    assert parse_shape("Circle") is Shape.ROUND and parse_shape("hexagon") is None


def _series(series_id: int, sizes: list[tuple[float, float]], title: float = 12.0) -> SeriesInput:
    return SeriesInput(series_id, title, [SpaceInput(series_id * 1000 + n, Geometry(w, h)) for n, (w, h) in enumerate(sizes)],
                       continued_height=6.0)


def _check(pages, spec: PageSpec, spacing: Spacing, inputs: list[SeriesInput]) -> None:
    area = spec.area()
    sizes = {s.item_id: s.geometry for series in inputs for s in series.items}
    placed = []
    for page in pages:
        boxes = [s.space for s in page.spaces] + [s.caption for s in page.spaces] + [h.box for h in page.headers]
        for box in boxes:
            assert box.inside(area), f"{box} crosses the margins of {area}"
        spaces = [s.space for s in page.spaces] + [h.box for h in page.headers]
        for i, a in enumerate(spaces):
            for b in spaces[i + 1:]:
                assert not a.overlaps(b), f"{a} overlaps {b}"
        for space in page.spaces:
            g = sizes[space.item_id]
            if not space.scaled:
                assert abs(space.item.width - g.width_mm) < 0.2 and abs(space.item.height - g.height_mm) < 0.2
                assert abs(space.space.width - g.width_mm - 2 * spacing.mount) < 0.2
            assert space.item.inside(space.space)
            placed.append(space.item_id)
    assert placed == [s.item_id for series in inputs for s in series.items]  # catalogue order, all placed


def test_rows_are_centred_and_a_series_that_fits_stays_on_one_page():
    spec, spacing = PageSpec(), Spacing(mount=1.0)
    inputs = [_series(1, [(40, 30)] * 3), _series(2, [(40, 30)] * 10)]
    pages = lay_out(inputs, spec, spacing)
    _check(pages, spec, spacing, inputs)
    assert len(pages) == 1
    row = [s for s in pages[0].spaces if s.series_id == 1]
    area = spec.area()
    left, right = row[0].space.x - area.x, area.right - row[-1].space.right
    assert abs(left - right) < 1e-6


def test_a_series_moves_to_a_new_page_rather_than_split_and_continues_when_it_must():
    spec, spacing = PageSpec(), Spacing()
    inputs = [_series(1, [(148, 105)] * 1), _series(2, [(148, 105)] * 2), _series(3, [(40, 30)] * 60)]
    pages = lay_out(inputs, spec, spacing)
    _check(pages, spec, spacing, inputs)
    assert [h.series_id for h in pages[0].headers] == [1]  # series 2 fits a page, but not what is left
    assert [h.series_id for h in pages[1].headers] == [2]
    continued = [h for p in pages for h in p.headers if h.continued]
    assert continued and all(h.series_id == 3 for h in continued)


def test_an_item_larger_than_the_page_is_scaled_to_fit_and_says_so():
    spec, spacing = PageSpec(width=150, height=150), Spacing()
    inputs = [_series(1, [(400, 300)])]
    pages = lay_out(inputs, spec, spacing)
    _check(pages, spec, spacing, inputs)
    assert pages[0].spaces[0].scaled


def test_one_page_per_series_for_the_in_app_album():
    pages = lay_out([_series(1, [(40, 30)]), _series(2, [(40, 30)])], PageSpec(), Spacing(per_page=True))
    assert [[h.series_id for h in p.headers] for p in pages] == [[1], [2]]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.tuples(st.floats(5, 250), st.floats(5, 250)), min_size=0, max_size=12), min_size=1, max_size=6),
       st.floats(0, 5), st.sampled_from([(210, 297), (215.9, 279.4), (120, 160)]))
def test_no_space_crosses_a_margin_and_none_overlap(series, mount, paper):
    spec, spacing = PageSpec(*paper), Spacing(mount=mount)
    inputs = [_series(n + 1, sizes) for n, sizes in enumerate(series)]
    _check(lay_out(inputs, spec, spacing), spec, spacing, inputs)
