"""Renderers, chosen by lookup: one renderer per (view type, output format) pair.

Every renderer has one signature::

    render(view: View, out: TextIO, term: Terminal) -> None

A renderer draws a :mod:`~resolution_cli.views` view; it does no selection.
:data:`RENDERERS` says which function draws which view in which format, as a
``"module:function"`` path under ``resolution_cli.render``: nothing is imported
until a view is drawn, so that ``--help`` loads neither rich nor pydantic, and
rich loads only to draw on a terminal. :func:`draw` looks the pair up once and
calls it; a view that a format does not draw is one error,
:class:`UnsupportedView` (exit status 2), worded the same for every format:
``--format csv does not apply to 'verbs'; use plain, json, jsonl or rich``.

How to add a view or a format: write the function in the format's module (or a
module of its own, as ``diff_plain`` and ``corpus_rich``), and add one line to
:data:`RENDERERS`. ``tests/render/test_render_registry.py`` checks every pair.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING, TextIO

from resolution_cli.errors import ResolutionError

if TYPE_CHECKING:
    from resolution_cli.terminal import Terminal
    from resolution_cli.views import View

Renderer = Callable[["View", TextIO, "Terminal"], None]

#: Output formats ("auto" is resolved by the CLI: rich on a terminal, plain elsewhere).
FORMATS: tuple[str, ...] = (
    "rich",
    "plain",
    "json",
    "jsonl",
    "csv",
    "tsv",
    "markdown",
    "akn",
    "tmx",
)

#: Every view type (the class names of :mod:`resolution_cli.views`).
VIEWS: tuple[str, ...] = (
    "Info",
    "Document",
    "Clauses",
    "Verbs",
    "Footnotes",
    "Refs",
    "Count",
    "Ids",
    "Votes",
    "Problems",
    "Diff",
    "Parallel",
    "Languages",
    "Hits",
    "Rows",
    "LineageView",
    "HistoryView",
)


def _every(module: str, **special: str) -> dict[str, str]:
    """Each view drawn by ``module:<view in lower case>``, or by ``special[view]``."""
    return {view: special.get(view, f"{module}:{view.lower()}") for view in VIEWS}


#: The views that json prints as the array of their records (:func:`.records.records`).
_ARRAYS = ("Clauses", "Verbs", "Footnotes", "Refs", "Votes", "Problems")

#: lineage and history are drawn by ``lineage_<format>:lineage`` and ``:history``.
_LINEAGE = {
    fmt: {"LineageView": f"lineage_{fmt}:lineage", "HistoryView": f"lineage_{fmt}:history"}
    for fmt in ("plain", "rich", "json", "jsonl")
}

#: format -> view type -> "module:function" (in ``resolution_cli.render``) that draws it.
RENDERERS: dict[str, dict[str, str]] = {
    "plain": _every(
        "plain",
        Diff="diff_plain:render",
        Hits="corpus_plain:hits",
        Rows="corpus_plain:rows",
        **_LINEAGE["plain"],
    ),
    "rich": _every(
        "rich",
        Diff="diff_rich:render",
        Hits="corpus_rich:hits",
        Rows="corpus_rich:rows",
        **_LINEAGE["rich"],
    ),
    "json": _every(
        "json",
        **dict.fromkeys(_ARRAYS, "json:array"),
        Hits="json:corpus",
        Rows="json:corpus",
        **_LINEAGE["json"],
    ),
    "jsonl": {**dict.fromkeys(VIEWS, "jsonl:lines"), **_LINEAGE["jsonl"]},
    "csv": {"Document": "csv:table", "Clauses": "csv:table"},
    "tsv": {"Document": "tsv:table", "Clauses": "tsv:table"},
    "markdown": {
        "Document": "markdown:document",
        "Clauses": "markdown:clauses",
        "Diff": "diff_markdown:render",
    },
    "akn": {"Document": "akn:whole", "Clauses": "akn:selection"},
}

#: The language versions side by side (``show --lang``), their check (``languages``)
#: and the translation memory (``export --format tmx``): ``parallel_*`` and ``tmx``.
for _fmt, _drawn in {
    "plain": {"Parallel": "parallel_plain:parallel", "Languages": "parallel_plain:languages"},
    "rich": {"Parallel": "parallel_rich:parallel", "Languages": "parallel_rich:languages"},
    "json": {"Parallel": "parallel_records:json", "Languages": "parallel_records:json"},
    "jsonl": {"Parallel": "parallel_records:jsonl", "Languages": "parallel_records:jsonl"},
    "tmx": {"Parallel": "tmx:parallel"},
}.items():
    RENDERERS.setdefault(_fmt, {}).update(_drawn)

#: The order in which the formats that do draw a view are suggested.
_SUGGESTED = ("plain", "json", "jsonl", "csv", "tsv", "markdown", "akn", "tmx", "rich")

#: What each view is called in the error message (the command that prints it).
_VIEW_NAMES: dict[str, str] = {
    "Count": "'grep --count'",
    "Ids": "'grep --ids-only'",
    "Problems": "'validate'",
    "Parallel": "'show --lang' over several versions",
    "Languages": "'languages'",
    "Hits": "'search'",
    "Rows": "a corpus table",
    "LineageView": "'lineage'",
    "HistoryView": "'history'",
}


class UnsupportedView(ResolutionError):
    """The output format does not apply to what the command prints (exit status 2)."""

    def __init__(self, fmt: str, what: str, choices: str) -> None:
        super().__init__(f"--format {fmt} does not apply to {what}; use {choices}")


def _or(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def formats_for(view: str) -> tuple[str, ...]:
    """The formats that draw view type ``view``, in the order they are suggested."""
    return tuple(fmt for fmt in _SUGGESTED if view in RENDERERS[fmt])


def unsupported(fmt: str, view: object) -> UnsupportedView:
    """The one error for a view (or view type name) that ``fmt`` does not draw."""
    kind = view if isinstance(view, str) else type(view).__name__
    what = _VIEW_NAMES.get(kind, f"'{kind.lower()}'")
    return UnsupportedView(fmt, what, _or(list(formats_for(kind))))


def lookup(view: str, fmt: str) -> Renderer:
    """The renderer of view type ``view`` in format ``fmt``; UnsupportedView if there is none."""
    path = RENDERERS[fmt].get(view)
    if path is None:
        raise unsupported(fmt, view)
    module, _, name = path.partition(":")
    render: Renderer = getattr(import_module(f"resolution_cli.render.{module}"), name)
    return render


def draw(view: View, fmt: str, out: TextIO, term: Terminal) -> None:
    """Draw ``view`` in ``fmt`` on ``out``: the one entry point of the renderers."""
    lookup(type(view).__name__, fmt)(view, out, term)


def get(fmt: str) -> Renderer:
    """The render function of format ``fmt``: draws any view that format draws."""

    def render(view: View, out: TextIO, term: Terminal) -> None:
        draw(view, fmt, out, term)

    return render
