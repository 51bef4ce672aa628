"""``resolution diff OLD NEW``: what changed between two versions of a resolution."""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

import click

from resolution_cli.cli import completion
from resolution_cli.cli.app import (
    VIEW_FORMATS,
    Context,
    ExitSignal,
    Failure,
    cli,
    format_option,
    load_warning,
)
from resolution_cli.cli.corpus import _corpus, pass_index
from resolution_cli.errors import ExitStatus

if TYPE_CHECKING:
    from resolution_cli.diff import Scope
    from resolution_cli.model import Resolution

DIFF_FORMATS = (*VIEW_FORMATS, "markdown")


class Differ(ExitSignal):
    """The versions differ: exit status 1, as diff(1), after the diff is printed."""

    status = ExitStatus.DIFFERENT


DIFF_PARTS = ("preambular", "operative", "annex")

#: What a resolution symbol looks like (``75/272``, ``A/RES/77/273``, ``75/253 B``).
_SYMBOL = re.compile(r"(?:A/RES/)?(?:ES-\d+/|S-\d+/)?\d+/\d+(?:\s*[A-Z])?(?:\s*\([A-Z]+\))?", re.I)


def _annex_number(value: str | None) -> str | None:
    """``--annex I``, ``--annex "annex II"``; ``--annex annex`` (or ``''``) is a lone Annex."""
    if value is None:
        return None
    text = value.strip()
    if text.casefold().startswith("annex"):
        text = text[len("annex") :].strip()
    return text


def _load(ctx: Context, argument: str, side: str) -> Resolution:
    """A side of the diff: a file in any readable format, or a symbol of the corpus index."""
    if argument == "-" or os.path.exists(argument):
        from resolution_cli.loader import load

        return load(argument, fmt=ctx.source_format, part_of=ctx.part_of, warn=load_warning)
    if _SYMBOL.fullmatch(argument.strip()):
        from resolution_cli.corpus import load_resolution

        return load_resolution(argument.strip(), ctx.db)
    raise Failure(
        f"{side} {argument!r}: no such file; give a resolution file (JSON, AKN XML or text) "
        "or a symbol of the corpus index such as 75/272"
    )


@cli.command(short_help="What changed between two versions: clauses paired, words marked.")
@click.argument("old", metavar="OLD", required=False, shell_complete=completion.paths)
@click.argument("new", metavar="NEW", required=False, shell_complete=completion.paths)
@click.option(
    "--prev",
    is_flag=True,
    help="Compare a resolution of the index (--res SYMBOL, or one SYMBOL argument) with the "
    "previous version in its lineage.",
)
@click.option(
    "--part",
    type=click.Choice(DIFF_PARTS, case_sensitive=False),
    help="Compare only the preambular clauses, the operative paragraphs (of the resolution "
    "itself and its sections) or the annexes.",
)
@click.option("--section", metavar="NUM", help="Compare only this section (its number: II, B).")
@click.option(
    "--annex",
    metavar="NUM",
    help="Compare only this annex (its number: I, II; 'annex' for a lone unnumbered one).",
)
@click.option("--all", "show_all", is_flag=True, help="Print unchanged clauses in full too.")
@format_option(DIFF_FORMATS)
@pass_index
def diff(
    ctx: Context,
    old: str | None,
    new: str | None,
    prev: bool,
    part: str | None,
    section: str | None,
    annex: str | None,
    show_all: bool,
    fmt: str,
) -> None:
    """Compare OLD with NEW, clause by clause and word by word.

    OLD and NEW are resolution files (JSON, AKN4UN XML or text; '-' is stdin) or
    symbols of the corpus index (75/272, A/RES/77/273). Clauses pair by text
    similarity and order within the same part, so renumbered paragraphs still
    pair; each pair or clause alone is same, changed, added, deleted or moved.

    --prev compares one resolution of the index with the previous version in its
    lineage ('resolution --res 77/273 diff --prev'; see 'resolution lineage').

    Exit status as diff(1): 0 no differences, 1 they differ, 2 error.
    """
    from resolution_cli.api import compare
    from resolution_cli.diff import Scope
    from resolution_cli.views import Diff

    if prev:
        old, new = _previous(ctx, old, new)
    elif old is None or new is None:
        raise Failure("diff needs OLD and NEW, or --prev with --res SYMBOL")
    if old == "-" and new == "-":
        raise Failure("OLD and NEW cannot both be stdin ('-'); give at least one file")
    scope = Scope(part=part.lower() if part else None, section=section, annex=_annex_number(annex))
    before, after = _load(ctx, old, "OLD"), _load(ctx, new, "NEW")
    if scope.limited and not any(scope.keeps(c) for c in before.clauses + after.clauses):
        raise Failure(
            f"neither resolution has {_describe(scope)}; check --part, --section, --annex"
        )
    result = compare(before, after, part=scope.part, section=scope.section, annex=scope.annex)
    ctx.emit(Diff(result, show_all), fmt)
    if result.differ:
        raise Differ


def _previous(ctx: Context, old: str | None, new: str | None) -> tuple[str, str]:
    """``--prev``: (the previous version's symbol, the symbol asked)."""
    if new is not None or (old is not None and ctx.res is not None):
        raise Failure("diff --prev takes one resolution: --res SYMBOL, or one SYMBOL")
    symbol = old or ctx.res
    if symbol is None:
        raise Failure("diff --prev needs the resolution: --res SYMBOL (e.g. --res 77/273)")
    with _corpus(ctx) as corpus:
        chain = corpus.lineage(symbol)
    earlier = chain.previous(chain.symbol)
    if not earlier:
        raise Failure(f"{chain.symbol} has no previous version in the corpus index")
    if len(earlier) > 1:
        raise Failure(
            f"{chain.symbol} follows {len(earlier)} competing versions ({', '.join(earlier)}); "
            f"compare with one: resolution diff '{earlier[0]}' '{chain.symbol}'"
        )
    return earlier[0], chain.symbol


def _describe(scope: Scope) -> str:
    parts = []
    if scope.part:
        parts.append(f"{scope.part} clauses" if scope.part != "annex" else "annexes")
    if scope.section is not None:
        parts.append(f"a section {scope.section}")
    if scope.annex is not None:
        parts.append(f"annex {scope.annex}".rstrip() if scope.annex else "a lone annex")
    return " in ".join(parts) if parts else "clauses"
