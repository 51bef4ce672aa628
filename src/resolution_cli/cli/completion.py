"""Tab completion for bash, zsh and fish, through click's protocol.

- paths (``--file``, ``--db``, ``diff OLD NEW``, ``corpus add PATH...``, ``import``,
  ``validate``, ``-o``): the shell completes them itself (type ``file``);
- REFs (``show``, ``list``, ``grep``): the ids of the resolution that ``--file`` or
  ``--res``, given earlier on the line, names (else the bundled one);
- ``--res``: the symbols of the corpus index (``--db``, else $RESOLUTION_DB, else the
  default index), short (``75/272``) or in full (``A/RES/75/272``) as typed.

Completion never fails: a file that cannot be read, or no index, completes nothing.
Nothing here is imported until a completion is asked for, except these small
functions, which the commands' decorators name: ``--help`` stays fast.

Bash gets its own script (:func:`install`): click's asks readline to complete a path
after the function returns (``compopt -o default``), which only an interactive shell
does; ours fills COMPREPLY with ``compgen -f`` itself, so paths complete wherever the
function runs, and ``compopt -o filenames`` still marks directories with a slash.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import click
    from click.shell_completion import CompletionItem

#: The environment variable through which the shell asks for completions.
COMPLETE_VAR = "_RESOLUTION_COMPLETE"

BASH_SOURCE = """\
%(complete_func)s() {
    local IFS=$'\\n'
    local response type value

    response=$(env COMP_WORDS="${COMP_WORDS[*]}" COMP_CWORD=$COMP_CWORD \
%(complete_var)s=bash_complete $1)

    COMPREPLY=()
    for completion in $response; do
        IFS=',' read -r type value <<< "$completion"

        if [[ $type == 'dir' ]]; then
            COMPREPLY+=($(compgen -d -- "$value"))
            compopt -o filenames 2>/dev/null
        elif [[ $type == 'file' ]]; then
            COMPREPLY+=($(compgen -f -- "$value"))
            compopt -o filenames 2>/dev/null
        elif [[ $type == 'plain' ]]; then
            COMPREPLY+=("$value")
        fi
    done

    return 0
}

%(complete_func)s_setup() {
    complete -o nosort -F %(complete_func)s %(prog_name)s
}

%(complete_func)s_setup;
"""


def install() -> None:
    """Use our bash script; zsh and fish use click's, which complete paths themselves."""
    from click.shell_completion import BashComplete, add_completion_class

    class Bash(BashComplete):
        source_template = BASH_SOURCE

    add_completion_class(Bash, "bash")


def wanted() -> bool:
    """Whether the shell is asking for completions (or for the script)."""
    return COMPLETE_VAR in os.environ


def paths(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """A path: the shell completes it."""
    from click.shell_completion import CompletionItem

    return [CompletionItem(incomplete, type="file")]


def refs(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """The ids of the resolution named earlier on the line; in a comma list, the last."""
    from click.shell_completion import CompletionItem

    try:
        ids = _clause_ids(ctx)
    except Exception:  # a file that cannot be read, an unknown symbol: nothing to offer
        return []
    head, comma, last = incomplete.rpartition(",")
    key = last.casefold()
    return [CompletionItem(head + comma + i) for i in ids if i.casefold().startswith(key)]


def _clause_ids(ctx: click.Context) -> list[str]:
    params = ctx.find_root().params
    files = params.get("files") or ()
    # --res before the command, or history's own --res after it
    res, db = params.get("res") or ctx.params.get("symbol"), params.get("db")
    if res:
        from resolution_cli.corpus import load_resolution

        return [c.id for c in load_resolution(res, db).clauses]
    if files and files[0] == "-":
        return []  # stdin is the shell's: never read it
    from resolution_cli.loader import load

    resolution = load(
        files[0] if files else None,
        fmt=params.get("source_format"),
        part_of=params.get("part_of"),
        warn=lambda message: None,
    )
    return [c.id for c in resolution.clauses]


def symbols(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """The indexed symbols that begin with what is typed (``75/2``, ``A/RES/75/2``)."""
    from click.shell_completion import CompletionItem

    try:
        found = _indexed_symbols(ctx.find_root().params.get("db"))
    except Exception:  # no index, not an index, locked: nothing to offer
        return []
    full = incomplete.upper().startswith("A/")
    offered = []
    for symbol in found:
        # '75/253 B' is offered glued (75/253B): one shell word, and --res reads it
        text = symbol if full else symbol.removeprefix("A/RES/").replace(" ", "")
        if text.casefold().startswith(incomplete.casefold()):
            offered.append(text)
    return [CompletionItem(text) for text in offered]


def _indexed_symbols(db: str | None) -> list[str]:
    import sqlite3

    from resolution_cli.corpus.store import default_db

    path = default_db(db)
    if not path.is_file():
        return []
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT DISTINCT symbol FROM resolutions ORDER BY symbol").fetchall()
    finally:
        conn.close()
    return [str(symbol) for (symbol,) in rows]
