"""Property tests (hypothesis) of selection by REF: only RefError, and clauses in reading
order."""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resolution_cli import loader, query
from resolution_cli.errors import RefError

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
BUNDLED = loader.load()


@SETTINGS
@given(refs=st.lists(st.text(max_size=12), max_size=5))
def test_select_raises_only_ref_error(refs: list[str]) -> None:
    try:
        chosen = query.select(refs, BUNDLED)
    except RefError:
        return
    ids = [c.id for c in chosen]
    assert ids == [c.id for c in BUNDLED.clauses if c.id in set(ids)]


REF_TEXT = st.text(alphabet="PpOo0123456789-, ", max_size=12)


@SETTINGS
@given(ref=REF_TEXT)
def test_select_ref_like(ref: str) -> None:
    with contextlib.suppress(RefError):
        query.select([ref], BUNDLED)
