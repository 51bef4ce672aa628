"""Commands that read one resolution: info, list, show, grep, verbs, footnotes, refs, votes.

Each calls the library (:mod:`resolution_cli.api`: ``select``, ``clauses``, ``grep``;
:mod:`resolution_cli.query`, :mod:`resolution_cli.references`) and draws the result.
"""

from __future__ import annotations

import click

from resolution_cli.cli import completion
from resolution_cli.cli.app import (
    CLAUSE_FORMATS,
    Context,
    Failure,
    NothingMatched,
    cli,
    format_option,
    pager_option,
    part_option,
    pass_context,
    verb_option,
)


@cli.command(short_help="The header: symbol, title, dates, meeting, drafts, counts.")
@format_option()
@pass_context
def info(ctx: Context, fmt: str) -> None:
    """The header: symbol, title, session, agenda item, dates, meeting, drafts, counts."""
    from resolution_cli.views import Info

    ctx.emit(Info(ctx.resolution()), fmt)


@cli.command("list")
@click.argument("refs", nargs=-1, metavar="[REF]...", shell_complete=completion.refs)
@part_option
@verb_option
@format_option(CLAUSE_FORMATS)
@pass_context
def list_(
    ctx: Context, refs: tuple[str, ...], part: str | None, verb: str | None, fmt: str
) -> None:
    """One row per clause: id, lead phrase, the start of its text.

    With REFs (as for show: II.OP5, "sect. II, para. 5", annex, "annex II, para. 3",
    ...), only the clauses they name.
    """
    from resolution_cli import api
    from resolution_cli.views import Clauses

    clauses = api.clauses(ctx.resolution(), refs=refs, part=part, verb=verb)
    if not clauses:
        raise NothingMatched
    ctx.emit(Clauses(ctx.resolution(), clauses, "list"), fmt)


@cli.command()
@click.argument("refs", nargs=-1, metavar="[REF]...", shell_complete=completion.refs)
@format_option(CLAUSE_FORMATS)
@pager_option
@click.option(
    "--lang",
    "langs",
    metavar="LANGS",
    help="With a --file per language version of one resolution: each clause in each of "
    "these languages (en,fr or all), side by side.",
)
@pass_context
def show(
    ctx: Context, refs: tuple[str, ...], fmt: str, pager: bool | None, langs: str | None
) -> None:
    """The resolution as printed, or only the clauses REF names.

    REF is PP3, pp3, OP2, op2, a bare 2 (an operative paragraph), a range
    (PP1-PP4, OP1-3) or a comma list (PP2,OP1); in a sectioned resolution II.OP5
    or "sect. II, para. 5", II for a whole section; in an annex annex.12 or
    "annex, para. 12", annexII.3 or "annex II, para. 3", annex.art5.2 or
    "annex, art. 5, para. 2", annex or "annex II" for a whole annex. Clauses
    come in document order, each followed by the footnotes it cites.

    On a terminal, an output taller than the screen goes through $PAGER (less),
    as git does; --no-pager prints it straight, --pager always pages.
    """
    from resolution_cli import api
    from resolution_cli.views import Clauses, Document

    drawn = fmt == "rich" or (fmt == "auto" and ctx.term.wants_rich)
    if pager is None:
        ctx.invocation.pager = "auto" if drawn else None
    else:
        ctx.invocation.pager = "always" if pager else None
    if langs is not None or len(ctx.files) > 1:
        from resolution_cli.cli.languages import parse_langs, show_versions

        show_versions(ctx, refs, parse_langs(langs), fmt)
        return
    resolution = ctx.resolution()
    if not refs:
        ctx.emit(Document(resolution), fmt)
        return
    ctx.emit(Clauses(resolution, api.select(resolution, *refs), "show"), fmt)


@cli.command()
@click.argument("pattern", required=False)
@click.argument("refs", nargs=-1, metavar="[REF]...", shell_complete=completion.refs)
@click.option("-F", "--fixed-strings", "fixed", is_flag=True, help="PATTERN is a fixed string.")
@click.option("-i", "--ignore-case", is_flag=True, help="Ignore case.")
@click.option("-w", "--word-regexp", "word", is_flag=True, help="Match whole words only.")
@verb_option
@part_option
@click.option("-c", "--count", is_flag=True, help="Print only the number of matching clauses.")
@click.option(
    "-l", "--refs-only", "--ids-only", "ids_only", is_flag=True, help="Print only the matching ids."
)
@format_option(CLAUSE_FORMATS)
@pass_context
def grep(
    ctx: Context,
    pattern: str | None,
    refs: tuple[str, ...],
    fixed: bool,
    ignore_case: bool,
    word: bool,
    verb: str | None,
    part: str | None,
    count: bool,
    ids_only: bool,
    fmt: str,
) -> None:
    """The clauses whose text matches PATTERN (a regular expression).

    REFs after PATTERN (as for show: II.OP5, "sect. II", annex, "annex II, art. 5")
    search only the clauses they name. With --verb, the clauses whose lead phrase
    belongs to that verb's family (--verb welcome finds Welcoming, Welcoming also
    and Welcomes). Matches are
    highlighted on a terminal. Exit status 1 when nothing matches.
    """
    from resolution_cli import api
    from resolution_cli.views import Clauses, Count, Ids

    if pattern is None and verb is None:
        raise Failure("grep needs a PATTERN, or --verb PHRASE, or both")
    if count and ids_only:
        raise Failure("-c/--count and -l/--ids-only cannot be used together; choose one")
    from resolution_cli.errors import InvalidPattern, PatternTimeout

    resolution = ctx.resolution()
    try:
        found = api.grep(
            resolution,
            pattern,
            refs=refs,
            fixed=fixed,
            ignore_case=ignore_case,
            word=word,
            verb=verb,
            part=part,
        )
    except (InvalidPattern, PatternTimeout) as exc:
        raise Failure(exc.worded("-F")) from None
    clauses = tuple(m.clause for m in found)
    spans = {m.id: m.spans for m in found} if pattern is not None else {}
    if count:
        ctx.emit(Count(len(clauses)), fmt)
    elif not clauses:
        pass
    elif ids_only:
        ctx.emit(Ids(tuple(c.id for c in clauses)), fmt)
    else:
        ctx.emit(Clauses(resolution, clauses, "grep", spans), fmt)
    if not clauses:
        raise NothingMatched


@cli.command()
@part_option
@format_option()
@pass_context
def verbs(ctx: Context, part: str | None, fmt: str) -> None:
    """Each lead phrase with its count and the ids that use it."""
    from resolution_cli import query
    from resolution_cli.views import VerbRow, Verbs

    clauses = query.in_part(ctx.resolution(), part)
    inferred = {c.id for c in clauses if c.lead_inferred}
    rows = query.verbs(clauses)
    ctx.emit(
        Verbs(
            tuple(VerbRow(verb, ids, tuple(i for i in ids if i in inferred)) for verb, ids in rows)
        ),
        fmt,
    )


@cli.command()
@format_option()
@pass_context
def footnotes(ctx: Context, fmt: str) -> None:
    """Each footnote with the ids of the clauses that cite it."""
    from resolution_cli import query
    from resolution_cli.views import FootnoteRow, Footnotes

    resolution = ctx.resolution()
    cited = query.footnote_clauses(resolution)
    rows = tuple(FootnoteRow(note, cited.get(note.number, ())) for note in resolution.footnotes)
    if not rows:
        raise NothingMatched
    ctx.emit(Footnotes(rows), fmt)


@cli.command(short_help="Every UN document the resolution cites, with its link.")
@format_option()
@pass_context
def refs(ctx: Context, fmt: str) -> None:
    """Every UN document the resolution cites: as written, normalized, kind, where, link.

    On a terminal each symbol is a link to undocs.org. Exit status 1 when there is none.
    """
    from resolution_cli.references import find_references
    from resolution_cli.views import Refs

    rows = find_references(ctx.resolution())
    if not rows:
        raise NothingMatched
    ctx.emit(Refs(rows), fmt)


@cli.command(short_help="How each State voted, when the resolution was adopted by a vote.")
@click.option(
    "--vote",
    "kind",
    type=click.Choice(("yes", "no", "abstain", "absent"), case_sensitive=False),
    help="Only the States that voted so (absent: present in the record but not voting).",
)
@click.option(
    "--state",
    metavar="NAME",
    help="Only this State (any case): its whole name if one State has it, else every "
    "State whose name contains NAME.",
)
@format_option()
@pass_context
def votes(ctx: Context, kind: str | None, state: str | None, fmt: str) -> None:
    """Each State with its vote, one per line: in favour, then against, abstaining, absent.

    For a resolution adopted without a vote, says so on stderr and prints nothing
    (exit status 0). Exit status 1 when no State matches --vote/--state.
    """
    from resolution_cli import query
    from resolution_cli.views import VoteRow, Votes

    resolution = ctx.resolution()
    vote = resolution.vote
    note = query.no_votes_note(resolution)
    if vote is None or note is not None:
        click.echo(f"resolution: {note}", err=True)
        return
    rows = query.votes(vote, kind, state)
    if not rows:
        raise NothingMatched
    ctx.emit(Votes(tuple(VoteRow(name, how) for name, how in rows)), fmt)
