"""``--format plain`` for the language versions: ``show --lang`` and ``languages``.

``show REF --lang en,fr`` over several versions: for each paragraph, one block per
language, its first line the language tag and the version's id (``[fr] OP2``), then
the paragraph as ``show`` prints it in plain (number, text, sub-paragraphs, the
footnotes it cites); blocks are separated by a blank line. Where a version's id is
not the reference version's (a preambular paragraph missing earlier in that
version), the reference's follows in parentheses: ``[ar] PP2 (en PP3)``. A version
that has no counterpart of the paragraph has no block (the command says so on
stderr). Texts are in logical order.

``languages``: one tab-separated row per disagreement::

    symbol  lang  kind  reference (English)  this version

``kind`` as :class:`resolution_cli.versions.Disagreement`; ids are space-separated.
A resolution whose versions agree is one row ``symbol  langs  agree`` (the languages
comma-separated), listed only for one resolution or with ``--all``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from resolution_cli.render.plain import paragraph_lines, sup

if TYPE_CHECKING:
    from resolution_cli.terminal import Terminal
    from resolution_cli.views import Languages, Parallel

__all__ = ["languages", "parallel"]


def _cell(text: str) -> str:
    return " ".join(text.replace("\t", " ").splitlines())


def parallel(view: Parallel, out: TextIO, term: Terminal) -> None:
    blocks: list[str] = []
    for row in view.aligned.rows:
        for lang, clause in row.clauses.items():
            if clause is None:
                continue
            resolution = view.aligned.versions[lang]
            tag = f"[{lang}] {clause.id}"
            if clause.id != row.id and row.clauses.get(view.aligned.reference) is not None:
                tag += f" ({view.aligned.reference} {row.id})"
            lines = [tag, *paragraph_lines(clause)]
            for number in clause.footnote_numbers():
                note = resolution.footnote(number)
                lines.append(f"{sup(number)} {note.text if note else '(no footnote text)'}")
            blocks.append("\n".join(lines))
    if blocks:
        out.write("\n\n".join(blocks) + "\n")


def languages(view: Languages, out: TextIO, term: Terminal) -> None:
    for check in view.checks:
        if check.agrees:
            if view.every:
                out.write(f"{check.symbol}\t{','.join(check.langs)}\tagree\n")
            continue
        for d in check.disagreements:
            cells = (check.symbol, d.lang, d.kind, d.reference, d.value)
            out.write("\t".join(_cell(c) for c in cells) + "\n")
