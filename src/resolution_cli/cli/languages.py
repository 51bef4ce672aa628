"""The language versions of a resolution: ``show --lang``, ``export --format tmx`` and
``resolution languages``.

Thin: versions are matched, aligned and checked by :mod:`resolution_cli.versions`;
the views are drawn by ``render/parallel_*`` and ``render/tmx``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import click

from resolution_cli.cli import completion
from resolution_cli.cli.app import (
    Context,
    Failure,
    NothingMatched,
    cli,
    format_option,
    load_warning,
    pass_context,
    warn,
)

if TYPE_CHECKING:
    from resolution_cli.model import Resolution
    from resolution_cli.versions import Aligned


class Disagree(NothingMatched):
    """The versions disagree: exit status 1, as diff(1), after the report is printed."""


def parse_langs(value: str | None) -> tuple[str, ...] | None:
    """``--lang``'s value as language codes (None: not given, or ``all``: every version
    given, in the order given)."""
    if value is None or value.strip().lower() == "all":
        return None
    from resolution_cli.versions import BadLanguages
    from resolution_cli.versions import parse_langs as parse

    try:
        return parse(value)
    except BadLanguages as exc:
        raise Failure(exc.worded("--lang")) from None


def versions(ctx: Context, langs: tuple[str, ...] | None) -> list[Resolution]:
    """The versions the command line names: every ``--file``, or ``--res SYMBOL`` in each
    language of ``langs`` from the corpus index (None: every language it has)."""
    from resolution_cli.loader import load

    if ctx.res is not None:
        return _indexed(ctx.res, ctx.db, langs)
    if len(ctx.files) < 2 and langs is not None and len(langs) > 1:
        raise Failure(
            f"--lang {','.join(langs)} needs a version in each language: "
            "--file PATH once per language"
        )
    if not ctx.files:  # the bundled resolution: its English version (its JSON says none)
        bundled = load(None, warn=warn)
        return [bundled if bundled.lang else bundled.model_copy(update={"lang": "en"})]
    return [
        load(path, fmt=ctx.source_format, part_of=ctx.part_of, warn=load_warning)
        for path in ctx.files
    ]


def _indexed(symbol: str, db: str | None, langs: tuple[str, ...] | None) -> list[Resolution]:
    """``--res SYMBOL --lang ...``: the indexed versions (each given its ``lang``, which
    an index made before the model had it does not store)."""
    from resolution_cli.corpus.api import Corpus
    from resolution_cli.errors import UnknownSymbol
    from resolution_cli.versions import LANGUAGES

    found: list[Resolution] = []
    with Corpus(db) as corpus:
        for lang in langs or LANGUAGES:
            try:
                version = corpus.resolution(symbol, lang)
            except UnknownSymbol as exc:
                if langs is not None:
                    raise Failure(f"--res {symbol} in {lang}: {exc}") from None
                continue
            found.append(version if version.lang else version.model_copy(update={"lang": lang}))
    return found


def _every_indexed(db: str | None) -> list[Resolution]:
    """``languages`` with no PATH: every version in the corpus index."""
    from resolution_cli.corpus.api import Corpus
    from resolution_cli.corpus.filters import Filters
    from resolution_cli.errors import NoIndex

    try:
        with Corpus(db) as corpus:
            return [
                version if version.lang else version.model_copy(update={"lang": row.lang})
                for row in corpus.list(Filters(lang="all"))
                for version in (corpus.resolution(row.symbol, row.lang),)
            ]
    except NoIndex as exc:
        raise Failure(
            f"languages needs the versions: PATH... (files or folders), --res SYMBOL, or a "
            f"corpus index ({exc})"
        ) from None


def aligned(ctx: Context, langs: tuple[str, ...] | None, refs: tuple[str, ...] = ()) -> Aligned:
    """The versions paragraph by paragraph; each paragraph a version lacks is said on stderr."""
    from resolution_cli.versions import align_versions

    found = align_versions(versions(ctx, langs), langs=langs, refs=refs)
    for row in found.rows:
        for lang in row.missing:
            symbol = found.versions[lang].symbol
            warn(f"{row.id}: the {lang} version ({symbol}) has no counterpart of this paragraph")
    return found


def show_versions(
    ctx: Context, refs: tuple[str, ...], langs: tuple[str, ...] | None, fmt: str
) -> None:
    """``show [REF]... --lang en,fr``: each clause in each language (:class:`Parallel`);
    with one language, that version as ``show`` prints one resolution."""
    from resolution_cli.views import Clauses, Document, Parallel

    if langs is not None and len(langs) == 1:
        from resolution_cli import api
        from resolution_cli.versions import align_versions

        if ctx.res is not None:
            (resolution,) = _indexed(ctx.res, ctx.db, langs)
        else:
            found = align_versions(versions(ctx, None), langs=langs)
            resolution = found.versions[langs[0]]
        if refs:
            ctx.emit(Clauses(resolution, api.select(resolution, *refs), "show"), fmt)
        else:
            ctx.emit(Document(resolution), fmt)
        return
    ctx.emit(Parallel(aligned(ctx, langs, refs)), fmt)


def export_tmx(ctx: Context, langs: tuple[str, ...] | None) -> str:
    """``export --format tmx``: the TMX document of the versions."""
    from resolution_cli.views import Parallel

    if ctx.res is None and len(ctx.files) < 2:
        raise Failure(
            "--format tmx needs two language versions or more: --file PATH per language, "
            "or --res SYMBOL (the versions in the corpus index)"
        )
    if langs is not None and len(langs) < 2:
        raise Failure(f"--lang {langs[0]}: --format tmx needs two languages or more (--lang en,fr)")
    found = aligned(ctx, langs)
    if len(found.langs) < 2:
        raise Failure(
            f"--format tmx needs two language versions or more: {found.symbol} is indexed "
            f"in {found.langs[0]} only (corpus add the other language folders)"
        )
    return ctx.render(Parallel(found), "tmx")


def _paths(paths: tuple[str, ...]) -> Iterator[str]:
    """The files given, and the .xml files of the folders given (recursively, sorted),
    each once."""
    seen: set[str] = set()
    for path in paths:
        if os.path.isdir(path):
            found = [
                os.path.join(folder, name)
                for folder, _dirs, names in os.walk(path)
                for name in names
                if name.lower().endswith(".xml")
            ]
        else:
            found = [path]
        for item in sorted(found):
            real = os.path.realpath(item)
            if real not in seen:
                seen.add(real)
                yield item


def _read(paths: tuple[str, ...], source_format: str | None) -> tuple[list[Resolution], int]:
    """Every resolution of the files (each part of a collection); files that cannot be
    read are named on stderr and counted."""
    from resolution_cli.errors import ResolutionError
    from resolution_cli.loader import parse, read_bytes
    from resolution_cli.readers.akn import parts

    found: list[Resolution] = []
    skipped = 0
    for path in _paths(paths):
        try:
            data, name = read_bytes(path)
            labels = parts(data, name) if data.lstrip().startswith(b"<") else ()
            for label in labels or (None,):
                found.append(parse(data, name, source_format, part_of=label))  # type: ignore[arg-type]
        except (ResolutionError, ValueError) as exc:
            warn(f"{path}: skipped: {exc}")
            skipped += 1
    return found, skipped


@cli.command(short_help="Where the language versions of a resolution disagree.")
@click.argument("paths", nargs=-1, metavar="[PATH]...", shell_complete=completion.paths)
@click.option(
    "--all",
    "every",
    is_flag=True,
    help="List the resolutions whose versions agree too (one row each).",
)
@format_option()
@pass_context
def languages(ctx: Context, paths: tuple[str, ...], every: bool, fmt: str) -> None:
    """Check the language versions of each resolution against each other.

    PATHs are AKN files and folders (their .xml files, recursively); --file PATH
    before the command adds files. Without them, the versions in the corpus index:
    of one resolution with --res SYMBOL, else of every indexed one. Versions are
    matched by their FRBR work and FRBRlanguage, never by file name. For each
    resolution, each version is compared with the English one (else the first):
    its paragraphs (missing, extra, renumbered), clause and footnote counts,
    the document symbols written in full, and the FRBR work URI. Reader warnings
    are not shown.

    Over many resolutions, only those that disagree are listed (--all: every one).
    Exit status as diff(1): 0 the versions agree, 1 some disagree, 2 error.
    """
    from resolution_cli.errors import ResolutionError
    from resolution_cli.versions import check_versions, group_versions
    from resolution_cli.views import Languages

    given = (*ctx.files, *paths)
    if ctx.res is not None:
        if given:
            raise Failure("languages: give PATHs or --res SYMBOL, not both")
        resolutions, skipped = _indexed(ctx.res, ctx.db, None), 0
    elif given:
        resolutions, skipped = _read(given, ctx.source_format)
    else:
        resolutions, skipped = _every_indexed(ctx.db), 0
    checks = []
    alone = 0
    for group in group_versions(resolutions):
        by_lang: dict[str | None, Resolution] = {}
        for resolution in group:
            if resolution.lang in by_lang:
                warn(
                    f"{resolution.symbol}: two files in {resolution.lang} of one FRBR work "
                    f"({resolution.work_uri}); the first is checked"
                )
            else:
                by_lang[resolution.lang] = resolution
        group = list(by_lang.values())
        if len(group) < 2:
            alone += 1
            continue
        try:
            checks.append(check_versions(group))
        except ResolutionError as exc:
            warn(str(exc))
    if not checks:
        raise Failure(
            "no resolution with two language versions or more among the versions read "
            f"({len(resolutions)})"
        )
    disagree = sum(not c.agrees for c in checks)
    many = len(checks) > 1
    if many:
        notes = [f"{alone} with one version only"] if alone else []
        if skipped:
            notes.append(f"{skipped} file{'' if skipped == 1 else 's'} skipped")
        note = f" ({'; '.join(notes)})" if notes else ""
        click.echo(
            f"resolution: {len(checks)} resolutions checked{note}: {disagree} disagree",
            err=True,
        )
    ctx.emit(Languages(tuple(checks), every=every or not many), fmt)
    if disagree:
        raise Disagree
