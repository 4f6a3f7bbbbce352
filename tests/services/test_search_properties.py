"""Property test of search end to end (parser, SQL, FTS5 trigram, LIKE): any text returns
rows and hints, never an exception, and never writes."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kpstamps.home import DataHome
from kpstamps.services.browse.search import search
from kpstamps.services.catalogue.opening import open_catalogue

TEXT = st.text(alphabet=st.sampled_from(list('()"*%_\\\'-: ORNTAD^year:kind:theme:serial:cat:mi:Ba79우표邮票ма')) |
               st.characters(blacklist_categories=("Cs",)), max_size=120)


@pytest.fixture(scope="module")
def reference_catalogue(tmp_path_factory):
    catalogue = open_catalogue(DataHome(tmp_path_factory.mktemp("search") / "home"))
    yield catalogue
    catalogue.close()


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(TEXT)
def test_any_search_text_answers_without_an_exception(reference_catalogue, text):
    before = reference_catalogue.home.database.stat().st_mtime_ns
    result = search(reference_catalogue.sessions, text)
    assert isinstance(result.hints, list) and len(result.keys) >= 0
    assert reference_catalogue.home.database.stat().st_mtime_ns == before
