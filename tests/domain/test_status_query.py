"""`status:` in the search language."""

from kpstamps.domain.query import parse
from kpstamps.domain.query.ast import StatusIs, is_broad


def test_status_terms():
    assert parse("status:planned").node == StatusIs("planned")
    assert parse("status:Issued").node == StatusIs("issued")
    result = parse("status:rumoured")
    assert result.node is None and "issued, announced, planned" in result.hints[0]
    assert is_broad(StatusIs("issued"))
