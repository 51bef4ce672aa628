"""Property tests (hypothesis) of the symbol finder: any text, no exception, spans inside it."""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resolution_cli.symbols import find_symbols, parse_symbol

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


SYMBOLISH = st.text(
    alphabet=string.ascii_letters + string.digits + "/.-–() ,;\u2011" + "éÉ", max_size=80
)


@SETTINGS
@given(text=st.one_of(st.text(max_size=200), SYMBOLISH))
def test_symbols_never_raise(text: str) -> None:
    parse_symbol(text)
    for match in find_symbols(text):
        assert 0 <= match.start <= match.end <= len(text)


@SETTINGS
@given(
    text=st.builds(
        lambda kw, body: f"{kw} {body}",
        st.sampled_from(
            ["resolution", "resolutions", "decision", "Security Council resolution", "A/RES/"]
        ),
        SYMBOLISH,
    )
)
def test_symbols_after_keywords_never_raise(text: str) -> None:
    parse_symbol(text)
    find_symbols(text)
