"""The corpus commands: ``corpus add|list|info|top-cited|votes``, ``search``, ``cited-by``.

Thin: options are parsed here, each command asks one question of
:class:`resolution_cli.corpus.api.Corpus` (the Python API), and the output is a
view drawn by the renderers. The library's errors name no flag: :func:`pass_index`
and the commands word them with this command line's flags (``--lang``,
``--session``, ``--state``/``--agree``, ``-F``). sqlite3, rich and the readers are
imported inside the commands, so ``--help`` stays light.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

import click

from resolution_cli.cli import completion
from resolution_cli.cli.app import (
    Context,
    Failure,
    NothingMatched,
    cli,
    format_option,
    part_option,
    pass_context,
    verb_option,
    warn,
)

if TYPE_CHECKING:
    from resolution_cli.corpus.api import Corpus
    from resolution_cli.corpus.filters import Filters
    from resolution_cli.corpus.index import AddResult
    from resolution_cli.corpus.search import Hit
    from resolution_cli.corpus.warnkinds import WarningSummary

    #: ``search -l``: its fields, and the row of a hit.
    RefsRow = tuple[tuple[str, ...], Callable[[Hit], tuple[str, ...]]]


def _corpus(ctx: Context) -> Corpus:
    """The index --db names, opened (an error now if there is none)."""
    from resolution_cli.corpus.api import Corpus

    return Corpus(ctx.db).open()


def pass_index(func: Any) -> Any:
    """``pass_context``; the library's errors worded with this command line's flags, and
    an error of SQLite (a locked or damaged index) as one line."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        import sqlite3

        from resolution_cli.errors import (
            InvalidPattern,
            PatternTimeout,
            UnknownLanguage,
        )

        try:
            return func(*args, **kwargs)
        except UnknownLanguage as exc:
            raise Failure(exc.worded("--lang")) from None
        except (InvalidPattern, PatternTimeout) as exc:
            raise Failure(exc.worded("-F")) from None
        except sqlite3.OperationalError as exc:
            hint = " (another 'corpus add' is writing it?)" if "locked" in str(exc) else ""
            raise Failure(f"the corpus index cannot be used: {exc}{hint}") from None
        except sqlite3.DatabaseError as exc:
            raise Failure(f"the corpus index is damaged: {exc}; make it anew (--rebuild)") from None

    return pass_context(wrapper)


@cli.group(short_help="Index resolutions, and list, count and query the index.")
def corpus() -> None:
    """The corpus index: every resolution you have, searchable all at once.

    Build it with 'corpus add DIR'; then 'search', 'cited-by', 'corpus votes' and
    '--res SYMBOL COMMAND' read it. The index is --db PATH, else $RESOLUTION_DB,
    else index.sqlite in the user's data directory.
    """


@corpus.command(short_help="Index AKN files, folders and zip archives.")
@click.argument(
    "paths", nargs=-1, required=True, metavar="PATH...", shell_complete=completion.paths
)
@click.option("--strict", is_flag=True, help="A file that cannot be read is an error (exit 2).")
@click.option("--rebuild", is_flag=True, help="Make anew an index of another schema version first.")
@click.option(
    "-j", "--jobs", type=click.IntRange(1, 256), help="Parallel workers (default: all cores)."
)
@click.option("-v", "--verbose", is_flag=True, help="Print every warning, not one line per kind.")
@click.option("-q", "--quiet", is_flag=True, help="Print no warnings (skipped files still named).")
@pass_index
def add(
    ctx: Context,
    paths: tuple[str, ...],
    strict: bool,
    rebuild: bool,
    jobs: int | None,
    verbose: bool,
    quiet: bool,
) -> None:
    """Index the resolutions in PATH...: AKN files, folders (recursively), zip archives.

    Every resolution of a file is indexed (each of an A/B collection). A file
    already indexed with the same content is skipped; a changed file replaces its
    rows. A file that cannot be read is named on stderr and skipped (--strict:
    exit status 2); a PATH that does not exist is an error. Prints "N indexed,
    M unchanged, K skipped" on stderr. The readers' warnings are grouped by kind:
    one line per kind with a count and an example (-v: every warning; -q: none).
    Files are named as PATH names them.
    """
    import os

    from resolution_cli.corpus.api import Corpus
    from resolution_cli.corpus.warnkinds import WarningSummary

    if verbose and quiet:
        raise Failure("-v/--verbose and -q/--quiet cannot be used together; choose one")
    for given in paths:
        if not os.path.exists(given):
            raise Failure(f"{given}: no such file or folder")
    corpus = Corpus(ctx.db)
    summary = WarningSummary()
    if ctx.term.stderr_tty and not ctx.term.dumb:
        result = _with_progress(
            corpus, list(paths), jobs, rebuild, ctx.term.no_color, verbose, quiet, summary
        )
    else:
        sink = warn if verbose else (lambda message: None) if quiet else summary.add
        result = corpus.add(paths, rebuild=rebuild, warn=sink, skip=warn, jobs=jobs)
    for line in summary.lines():
        warn(line)
    click.echo(f"resolution: {result.summary()} in {corpus.path}", err=True)
    if strict and result.skipped:
        files = f"{result.skipped} file{'' if result.skipped == 1 else 's'}"
        raise Failure(f"{files} skipped, and --strict makes that an error")


def _with_progress(
    corpus: Corpus,
    paths: list[str],
    jobs: int | None,
    rebuild: bool,
    no_color: bool,
    verbose: bool,
    quiet: bool,
    summary: WarningSummary,
) -> AddResult:
    """``corpus add`` with a rich progress bar on stderr: files done, rate, time left."""
    import time

    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("indexing"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
    )
    # stderr is a terminal (Terminal.stderr_tty says so, the one place that looks)
    console = Console(
        stderr=True, force_terminal=True, no_color=no_color, markup=False, highlight=False
    )
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("files", total=None, rate="")
        started = time.monotonic()

        def total(n: int) -> None:
            progress.update(task, total=n)

        def tick(n: int) -> None:
            progress.advance(task, n)
            elapsed = time.monotonic() - started
            if elapsed > 0:
                rate = progress.tasks[0].completed / elapsed
                progress.update(task, rate=f"{rate:.0f} files/s")

        def note(message: str) -> None:  # printed above the bar
            progress.console.print(f"resolution: warning: {message}")

        def sink(message: str) -> None:
            if verbose:
                note(message)
            elif not quiet:
                summary.add(message)

        return corpus.add(
            paths, rebuild=rebuild, warn=sink, skip=note, progress=tick, total=total, jobs=jobs
        )


# --------------------------------------------------------------------------- filters


def filter_options(func: Any) -> Any:
    """The filters every corpus query shares."""
    options = [
        click.option(
            "--session",
            "sessions",
            multiple=True,
            metavar="N",
            help="Only this session (repeatable; ranges 74-76, lists 70,72).",
        ),
        click.option("--since", metavar="DATE", help="Adopted on or after DATE (YYYY[-MM[-DD]])."),
        click.option("--until", metavar="DATE", help="Adopted on or before DATE (YYYY[-MM[-DD]])."),
        click.option("--sponsor", metavar="NAME", help="Sponsored by this State (any case)."),
        click.option("--title", metavar="TEXT", help="Whose title contains TEXT (any case)."),
        click.option(
            "--adoption",
            type=click.Choice(("vote", "novote"), case_sensitive=False),
            help="Adopted by a recorded vote, or without one.",
        ),
        click.option(
            "--lang",
            metavar="CODE",
            help="Language: ar, en, es, fr, ru, zh; a list en,fr; or all "
            "(default: en if the index has English, else all).",
        ),
        click.option("--limit", type=click.IntRange(min=1), metavar="N", help="At most N rows."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _filters(given: dict[str, Any]) -> Filters:
    """The filters given, parsed (the index checks them); a bad value named by its flag."""
    from resolution_cli.corpus.filters import Filters, date_bound, sessions
    from resolution_cli.errors import BadDate, BadSession

    try:
        chosen = sessions(given.pop("sessions"))
    except BadSession as exc:
        raise Failure(exc.worded("--session")) from None
    bounds: dict[str, str | None] = {}
    for option, upper in (("since", False), ("until", True)):
        value = given.pop(option)
        try:
            bounds[option] = date_bound(value, upper=upper) if value else None
        except BadDate as exc:
            raise Failure(exc.worded(f"--{option}")) from None
    return Filters(
        sessions=chosen,
        since=bounds["since"],
        until=bounds["until"],
        sponsor=given.pop("sponsor"),
        title=given.pop("title"),
        adoption=given.pop("adoption"),
        lang=given.pop("lang"),
        limit=given.pop("limit"),
    )


def _emit_rows(
    ctx: Context,
    fmt: str,
    fields: tuple[str, ...],
    rows: Sequence[tuple[object, ...]],
    document: object = None,
) -> None:
    from resolution_cli.views import Rows

    if not rows:
        raise NothingMatched
    ctx.emit(Rows(fields, tuple(rows), document), fmt)


# --------------------------------------------------------------------------- commands


@cli.command(short_help="grep across the corpus: every resolution at once.")
@click.argument("pattern", required=False)
@click.option("-F", "--fixed-strings", "fixed", is_flag=True, help="PATTERN is a fixed string.")
@click.option("-i", "--ignore-case", is_flag=True, help="Ignore case.")
@click.option("-w", "--word-regexp", "word", is_flag=True, help="Match whole words only.")
@verb_option
@part_option
@click.option(
    "-c",
    "--count",
    is_flag=True,
    help="Print the number of matching clauses per resolution (and language, if several).",
)
@click.option(
    "-l",
    "--refs-only",
    "--ids-only",
    "refs_only",
    is_flag=True,
    help="Print only SYMBOL<TAB>ID (SYMBOL<TAB>LANG<TAB>ID over several languages).",
)
@click.option(
    "--first", is_flag=True, help="Oldest first, then the first use and the use since, per session."
)
@filter_options
@format_option()
@pass_index
def search(
    ctx: Context,
    /,
    pattern: str | None,
    fixed: bool,
    ignore_case: bool,
    word: bool,
    verb: str | None,
    part: str | None,
    count: bool,
    refs_only: bool,
    first: bool,
    fmt: str,
    **given: Any,
) -> None:
    """The clauses of every indexed resolution that match PATTERN, as grep would.

    PATTERN and --verb have grep's meaning exactly: for each resolution, search
    prints what 'resolution --res SYMBOL grep' prints. Each hit: symbol, id, adoption
    date, lead phrase, text. --first orders hits oldest first and ends with a
    summary (first use; resolutions and sessions using it since). Exit status 0
    found, 1 none, 2 error.
    """
    from resolution_cli.corpus.search import first_use
    from resolution_cli.views import Hits

    if pattern is None and verb is None:
        raise Failure("search needs a PATTERN, or --verb PHRASE, or both")
    if sum((count, refs_only, first)) > 1:
        raise Failure("-c/--count, -l/--refs-only and --first cannot be used together; choose one")
    corpus = _corpus(ctx)
    filters = _filters(given)
    grep_options: dict[str, Any] = {
        "fixed": fixed,
        "ignore_case": ignore_case,
        "word": word,
        "verb": verb,
        "part": part,
        "filters": filters,
    }
    limit = filters.limit
    if count:
        counts = corpus.count(pattern, **grep_options)
        several = _several_languages(filters)
        fields = ("symbol", "lang", "count") if several else ("symbol", "count")
        rows = [(c.symbol, c.lang, c.clauses) if several else (c.symbol, c.clauses) for c in counts]
        _emit_rows(ctx, fmt, fields, rows)
        return
    found = corpus.search(pattern, oldest_first=first, **grep_options)
    refs = _refs_row(_several_languages(filters))
    streamed = fmt if fmt != "auto" else ("rich" if ctx.term.wants_rich else "plain")
    if not first and streamed in ("plain", "jsonl"):
        _stream(ctx, streamed, itertools.islice(found, limit), refs if refs_only else None)
        return
    if first:  # the summary counts every hit; --limit only shortens the list
        every = list(found)
        summary = first_use(every)
        hits = every[:limit]
    else:
        summary = None
        hits = list(itertools.islice(found, limit))
    if not hits:
        raise NothingMatched
    if refs_only:
        _emit_rows(ctx, fmt, refs[0], [refs[1](h) for h in hits])
        return
    ctx.emit(Hits(tuple(hits), summary), fmt)


def _several_languages(filters: Filters) -> bool:
    """Whether a search covers more than one language (once the index has resolved
    ``--lang``: () is every language)."""
    return len(filters.chosen()) != 1


def _refs_row(several: bool) -> RefsRow:
    """``search -l``: the fields and the row of a hit; the language too when the search
    covers several (a resolution's versions share its symbol and ids)."""
    if several:
        return ("symbol", "lang", "id"), lambda h: (h.symbol, h.lang, h.clause.id)
    return ("symbol", "id"), lambda h: (h.symbol, h.clause.id)


def _stream(ctx: Context, fmt: str, hits: Iterable[Hit], refs: RefsRow | None) -> None:
    """Print the hits as they are found, as ripgrep does: each resolution's lines are
    written (and flushed) once its clauses are checked. A reader that goes away
    (``| head -1``) ends the search: the broken pipe is not an error."""
    import errno

    from resolution_cli.cli.app import OutputClosed, write_stdout
    from resolution_cli.views import Hits, Rows

    found = False
    for _symbol, group in itertools.groupby(hits, key=lambda hit: hit.symbol):
        batch = tuple(group)
        view: Hits | Rows
        if refs is not None:
            view = Rows(refs[0], tuple(refs[1](h) for h in batch))
        else:
            view = Hits(batch, None)
        try:
            write_stdout(ctx.render(view, fmt))
        except OSError as exc:
            if exc.errno == errno.EPIPE:
                raise OutputClosed from None
            raise
        found = True
    if not found:
        raise NothingMatched


@corpus.command("list")
@filter_options
@format_option()
@pass_index
def list_(ctx: Context, /, fmt: str, **given: Any) -> None:
    """One row per indexed resolution: symbol, adoption date, title, clauses, adoption type."""
    corpus = _corpus(ctx)
    rows = corpus.list(_filters(given))
    _emit_rows(ctx, fmt, ("symbol", "date", "title", "clauses", "adoption", "lang"), rows)


@corpus.command()
@format_option()
@pass_index
def info(ctx: Context, fmt: str) -> None:
    """Where the index is, its size, and its counts per session and language."""
    data = _corpus(ctx).info()
    _emit_rows(ctx, fmt, ("field", "value"), data.rows(), data.as_dict())


@cli.command("cited-by", short_help="Every indexed clause that cites a document.")
@click.argument("symbol")
@click.option("--count", is_flag=True, help="Rank the citing resolutions by their citations.")
@filter_options
@format_option()
@pass_index
def cited_by(ctx: Context, /, symbol: str, count: bool, fmt: str, **given: Any) -> None:
    """Every indexed resolution and clause that cites SYMBOL.

    SYMBOL as refs normalizes it: 60/288, A/RES/60/288 and 'resolution 60/288' are
    the same document; without a part letter, its lettered parts count too. Each
    row: citing symbol, id (the clause; for a footnote, the clauses citing it), date,
    the words as written, where (PP2, OP3(a), footnote 4).
    """
    corpus = _corpus(ctx)
    filters = _filters(given)
    if count:
        ranked = corpus.citing_resolutions(symbol, filters)
        _emit_rows(ctx, fmt, ("symbol", "citations", "date", "title"), ranked)
        return
    rows = corpus.cited_by(symbol, filters)
    _emit_rows(ctx, fmt, ("symbol", "id", "date", "written", "location"), rows)


@corpus.command("top-cited")
@filter_options
@format_option()
@pass_index
def top_cited(ctx: Context, /, fmt: str, **given: Any) -> None:
    """The documents the indexed resolutions cite most (20 unless --limit).

    Each row: document, kind, citing resolutions, citations. Filters choose the
    citing resolutions.
    """
    corpus = _corpus(ctx)
    filters = _filters(given)
    rows = corpus.top_cited(filters, filters.limit or 20)
    _emit_rows(ctx, fmt, ("document", "kind", "resolutions", "citations"), rows)


@corpus.command()
@click.option("--state", metavar="NAME", help="Every recorded vote of this State.")
@click.option("--agree", nargs=2, metavar="STATE STATE", help="How often two States voted alike.")
@filter_options
@format_option()
@pass_index
def votes(
    ctx: Context, /, state: str | None, agree: tuple[str, str] | None, fmt: str, **given: Any
) -> None:
    """A State's vote on every recorded vote, or how often two States voted alike.

    --state NAME: symbol, date, title, vote (yes, no, abstain, absent).
    --agree A B: the share of recorded votes on which both voted (yes, no or
    abstain) and voted the same, overall and per session, with the counts.
    """
    from resolution_cli.errors import AmbiguousState

    if state is not None and agree is not None:
        raise Failure("--state and --agree cannot be combined; give one of them")
    if state is None and agree is None:
        raise Failure("corpus votes needs --state NAME or --agree STATE STATE")
    corpus = _corpus(ctx)
    filters = _filters(given)
    try:
        if state is not None:
            rows = corpus.votes(state, filters)
            _emit_rows(ctx, fmt, ("symbol", "date", "title", "vote"), rows)
            return
        assert agree is not None
        data = corpus.agreement(*agree, filters)
    except AmbiguousState as exc:
        raise Failure(exc.worded("--state" if state is not None else "--agree")) from None
    if not data.votes:
        raise NothingMatched
    _emit_rows(ctx, fmt, ("scope", "same", "votes", "share"), data.rows(), data.as_dict())
