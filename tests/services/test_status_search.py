"""Planned series: found by `status:planned`, made issued by the series dialog's save."""

import pytest
from kpstamps.db.models import Series
from kpstamps.services.browse.search import search
from kpstamps.services.editing import series as editing
from sqlalchemy import select


@pytest.fixture
def catalogue(reference_catalogue):
    """These tests are about the bundled reference itself."""
    return reference_catalogue


def test_status_planned_finds_the_2026_plan_and_a_save_issues_it(catalogue):
    result = search(catalogue.sessions, "status:planned")
    assert len({key.series_id for key in result.keys}) == 5
    with catalogue.sessions() as s:
        flowers = s.scalar(select(Series.id).where(Series.pack_id == "2026-plan-flowers"))
    draft = editing.load_draft(catalogue.sessions, flowers)
    assert draft.status == "planned"
    draft.status = "issued"
    editing.save_series(catalogue.sessions, draft, editing.load_draft(catalogue.sessions, flowers))
    assert len({key.series_id for key in search(catalogue.sessions, "status:planned").keys}) == 4
    assert flowers in {key.series_id for key in search(catalogue.sessions, "status:issued flowers").keys}
