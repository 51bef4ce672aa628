"""Renderers: one module per output format, all with one signature::

    render(view: View, out: TextIO, term: Terminal) -> None

A renderer draws a :mod:`~resolution_cli.views` view; it does no selection.
A format that does not apply to a view raises :class:`UnsupportedView`.
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

#: Output formats, each drawn by the module of its name ("auto" is resolved by the CLI).
FORMATS: tuple[str, ...] = ("rich", "plain", "json", "jsonl", "csv", "tsv", "markdown", "akn")


class UnsupportedView(ResolutionError):
    """The output format does not apply to what the command prints."""

    def __init__(self, fmt: str, what: str, choices: str) -> None:
        super().__init__(f"--format {fmt} does not apply to {what}; use {choices}")


#: What each view that a table format does not draw is called in the error message.
_VIEW_NAMES: dict[str, str] = {
    "Info": "'info'",
    "Verbs": "'verbs'",
    "Footnotes": "'footnotes'",
    "Refs": "'refs'",
    "Count": "'grep --count'",
    "Ids": "'grep --ids-only'",
    "Problems": "'validate'",
}


def unsupported(fmt: str, view: object) -> UnsupportedView:
    """The error for a view that ``fmt`` (csv, tsv, markdown, akn) does not draw."""
    kind = type(view).__name__
    what = _VIEW_NAMES.get(kind, f"'{kind.lower()}'")
    return UnsupportedView(fmt, what, "plain, json, jsonl or rich")


def get(fmt: str) -> Renderer:
    """The render function of output format ``fmt`` (one of FORMATS)."""
    module = import_module(f"resolution_cli.render.{fmt}")
    render: Renderer = module.render
    return render
