"""The corpus commands: ``corpus add|list|info|top-cited|votes``, ``search``, ``cited-by``.

Thin: options are parsed here, the work is in :mod:`resolution_cli.corpus`, and
the output is a view drawn by the renderers. sqlite3, rich and the readers are
imported inside the commands, so ``--help`` stays light.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import click

from resolution_cli.cli.app import (
    Context,
    Failure,
    cli,
    pass_context,
    warn,
)

if TYPE_CHECKING:
    import sqlite3
    from pathlib import Path


def _db_path(ctx: Context) -> Path:
    from resolution_cli.corpus.store import default_db

    return default_db(ctx.db)


def _open(ctx: Context) -> sqlite3.Connection:
    from resolution_cli.corpus.store import open_index

    return open_index(_db_path(ctx))


@cli.group(short_help="Index resolutions, and list, count and query the index.")
def corpus() -> None:
    """The corpus index: every resolution you have, searchable all at once.

    Build it with 'corpus add DIR'; then 'search', 'cited-by', 'corpus votes' and
    '--res SYMBOL COMMAND' read it. The index is --db PATH, else $RESOLUTION_DB,
    else index.sqlite in the user's data directory.
    """


@corpus.command(short_help="Index AKN files, folders and zip archives.")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--strict", is_flag=True, help="A file that cannot be read is an error (exit 2).")
@click.option("--rebuild", is_flag=True, help="Make anew an index of another schema version first.")
@click.option(
    "-j", "--jobs", type=click.IntRange(1, 256), help="Parallel workers (default: all cores)."
)
@pass_context
def add(
    ctx: Context, paths: tuple[str, ...], strict: bool, rebuild: bool, jobs: int | None
) -> None:
    """Index the resolutions in PATH...: AKN files, folders (recursively), zip archives.

    Every resolution of a file is indexed (each of an A/B collection). A file
    already indexed with the same content is skipped; a changed file replaces its
    rows. A file that cannot be read is named on stderr and skipped (--strict:
    exit status 2). Prints "N indexed, M unchanged, K skipped" on stderr.
    """
    from resolution_cli.corpus.index import add as add_paths
    from resolution_cli.corpus.store import create_index

    path = _db_path(ctx)
    conn = create_index(path, rebuild=rebuild)
    messages: list[str] = []
    try:
        if sys.stderr.isatty() and not ctx.term.dumb:
            result = _with_progress(conn, list(paths), jobs, messages)
        else:
            result = add_paths(conn, list(paths), warn=warn, jobs=jobs)
    finally:
        conn.close()
    for message in messages:
        warn(message)
    click.echo(f"resolution: {result.summary()} in {path}", err=True)
    if strict and result.skipped:
        raise Failure(f"{result.skipped} file(s) skipped, and --strict makes that an error")


def _with_progress(
    conn: sqlite3.Connection, paths: list[str], jobs: int | None, messages: list[str]
) -> Any:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )

    from resolution_cli.corpus.index import add as add_paths

    console = Console(stderr=True, no_color=bool(ctx_no_color()))
    columns = (
        TextColumn("indexing"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("files", total=None, rate="")
        started = [0.0]

        def total(n: int) -> None:
            import time

            started[0] = time.monotonic()
            progress.update(task, total=n)

        def tick(n: int) -> None:
            import time

            progress.advance(task, n)
            done = progress.tasks[0].completed
            elapsed = time.monotonic() - started[0]
            if elapsed > 0:
                progress.update(task, rate=f"{done / elapsed:.0f} files/s")

        def note(message: str) -> None:
            progress.console.print(f"resolution: warning: {message}", markup=False, highlight=False)

        return add_paths(conn, paths, warn=note, progress=tick, total=total, jobs=jobs)


def ctx_no_color() -> bool:
    import os

    return bool(os.environ.get("NO_COLOR"))
