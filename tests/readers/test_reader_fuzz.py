"""Property tests (hypothesis) of the readers: whatever bytes, text, XML-like or JSON-like
input they are given, they fail only with the tool's own errors (``ResolutionError``).

The other property tests: the export round trips in ``render/test_round_trip_properties.py``,
selection by REF in ``query/test_select_properties.py``, symbols in
``refs/test_symbol_properties.py``.
"""

from __future__ import annotations

import contextlib
import copy
import json
import string
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resolution_cli import loader
from resolution_cli.errors import ResolutionError

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FORMATS = ["text", "akn", "json", None]
AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

# ----------------------------------------------------------------------------- fuzzing


TAGS = [
    "akomaNtoso",
    "statement",
    "documentCollection",
    "component",
    "meta",
    "identification",
    "FRBRWork",
    "FRBRthis",
    "coverPage",
    "docNumber",
    "preface",
    "docTitle",
    "preamble",
    "formula",
    "container",
    "mainBody",
    "paragraph",
    "num",
    "content",
    "p",
    "span",
    "list",
    "intro",
    "point",
    "wrapUp",
    "authorialNote",
    "conclusions",
    "inline",
    "subheading",
    "crossHeading",
    "a",
    "x",
]
ATTRS = ["name", "class", "marker", "value", "date", "href", "eId", "title", "refersTo"]


@st.composite
def tag_soup(draw: st.DrawFn, depth: int = 0) -> str:
    """Elements of AKN names with random attributes, text, markers, and breakage."""
    tag = draw(st.sampled_from(TAGS))
    attrs = draw(
        st.lists(
            st.tuples(
                st.sampled_from(ATTRS),
                st.sampled_from(
                    [
                        "",
                        "1",
                        "0",
                        "-3",
                        "x",
                        "resolution",
                        "italic",
                        "A",
                        "1999-99-99",
                        "2021-04-16",
                        "adoption",
                    ]
                ),
            ),
            max_size=3,
            unique_by=lambda kv: kv[0],
        )
    )
    attr_text = "".join(f' {k}="{v}"' for k, v in attrs)
    if depth >= 4 or draw(st.integers(0, 3)) == 0:
        children = [draw(st.text(alphabet=string.printable + "é’", max_size=20))]
    else:
        children = draw(
            st.lists(
                st.one_of(tag_soup(depth + 1), st.text(alphabet="ab (1)., &<>;\n", max_size=10)),
                max_size=4,
            )
        )
    body = "".join(children)
    closing = draw(st.sampled_from([f"</{tag}>", f"</{tag}>", f"</{tag}>", "", "</x>"]))
    return f"<{tag}{attr_text}>{body}{closing}"


@st.composite
def akn_skeleton(draw: st.DrawFn) -> str:
    """``<akomaNtoso><statement name="resolution">`` around random content."""
    inner = draw(st.lists(tag_soup(1), max_size=5))
    name = draw(st.sampled_from(["resolution", "resolution", "", "decision"]))
    kind = draw(st.sampled_from(["statement", "statement", "documentCollection", "act"]))
    prolog = draw(st.sampled_from(["", '<?xml version="1.0" encoding="UTF-8"?>\n', "\ufeff"]))
    return (
        f'{prolog}<akomaNtoso xmlns="{AKN_NS}"><{kind} name="{name}">'
        f"{''.join(inner)}</{kind}></akomaNtoso>"
    )


def _only_our_errors(data: bytes, fmt: str | None) -> None:
    with contextlib.suppress(ResolutionError):
        loader.parse(data, "fuzz", fmt)  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", FORMATS)
@SETTINGS
@given(text=st.text(max_size=400))
def test_parse_arbitrary_text(fmt: str | None, text: str) -> None:
    _only_our_errors(text.encode("utf-8", "surrogatepass"), fmt)


@pytest.mark.parametrize("fmt", FORMATS)
@SETTINGS
@given(data=st.binary(max_size=300))
def test_parse_arbitrary_bytes(fmt: str | None, data: bytes) -> None:
    _only_our_errors(data, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
@SETTINGS
@given(xml=st.one_of(tag_soup(), akn_skeleton()))
def test_parse_xml_like(fmt: str | None, xml: str) -> None:
    _only_our_errors(xml.encode(), fmt)


def _text_source(lines: list[str]) -> str:
    return "*The General Assembly,*\n\n" + "\n\n".join(lines) + "\n"


TEXT_LINE = st.one_of(
    st.sampled_from(
        [
            "*Recalling* its resolution 72/7,",
            "1. *Decides* to act;",
            "2. *Requests* a report:",
            "(a) first;",
            "(i) one;",
            "---",
            "<sup>1</sup> A footnote.",
            "<sup>2</sup>",
            "Text with a marker<sup>1</sup> and [a link](#).",
            "59th plenary meeting\n16 April 2021",
            "**bold** *it* \\*",
        ]
    ),
    st.text(alphabet="0123456789.()ai *<>/sup-\n", max_size=30),
)


@pytest.mark.parametrize("fmt", ["text", None])
@SETTINGS
@given(lines=st.lists(TEXT_LINE, max_size=12))
def test_parse_text_like(fmt: str | None, lines: list[str]) -> None:
    _only_our_errors(_text_source(lines).encode(), fmt)


BUNDLED = loader.load()
BUNDLED_JSON = json.loads(BUNDLED.model_dump_json())
JSON_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)


@st.composite
def mutated_json(draw: st.DrawFn) -> str:
    """The bundled resolution's JSON with one value somewhere replaced or removed."""
    data = copy.deepcopy(BUNDLED_JSON)
    node: Any = data
    while True:
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        if not keys:
            break
        key = draw(st.sampled_from(keys))
        child = node[key]
        if isinstance(child, dict | list) and child and draw(st.booleans()):
            node = child
            continue
        if isinstance(node, dict) and draw(st.integers(0, 4)) == 0:
            del node[key]
        else:
            node[key] = draw(JSON_VALUE)
        break
    return json.dumps(data)


@SETTINGS
@given(text=mutated_json())
def test_parse_mutated_json(text: str) -> None:
    _only_our_errors(text.encode(), "json")
    _only_our_errors(text.encode(), None)
