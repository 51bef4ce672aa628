"""``--format plain`` for ``lineage`` and ``history``.

``lineage``: one tab-separated row per version, oldest first, no header::

    symbol  date  adoption type  votes  clauses  previous (why)  note  title

``votes`` is ``in favour-against-abstaining`` after a recorded vote, else empty;
``previous`` is each earlier version it follows, with its reasons in brackets
(``A/RES/74/19 (title, citation in PP1, agenda item)``), ``; ``-separated, each
marked ``competing`` when two of one session are linked.

``history``: one block per version, in the style of ``diff``'s plain output (ASCII
marks; every line that does not start with a space is a header whose first word
says what it is; the lines under it are indented by four spaces)::

    history A/RES/75/162 OP1
    first A/RES/74/129 OP1 2019-12-18 (no earlier version in the index)
        Decides to increase ...
    changed A/RES/74/129 OP1 -> A/RES/75/162 OP1 2020-12-16
        Decides ... from [-102-]{+106+} States to [-106-]{+107+} States;
    latest A/RES/75/162 (in the latest version in the index)

The ``first`` block says where the paragraph first appears (``absent from SYMBOL``;
``split from SYMBOL ID``); its text is the paragraph's own. Each block after it is
headed by the diff's own op (``same``, ``changed``, ``moved``, ``moved, changed``;
``by place`` when paired by place, lead phrase and purpose) and written with
``[-deleted-]`` and ``{+inserted+}`` marks against the block before, then one line
per footnote added or removed and a note, if any. The last line is ``gone SYMBOL``
(``merged into SYMBOL ID``), the version from which the paragraph is gone, or
``latest SYMBOL`` when it is in the latest version in the index.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from resolution_cli.render.diff_plain import BY_PLACE, marked

if TYPE_CHECKING:
    from resolution_cli.corpus.history import History, Step
    from resolution_cli.corpus.lineage import Link, Version
    from resolution_cli.terminal import Terminal
    from resolution_cli.views import HistoryView, LineageView

__all__ = ["end_lines", "history", "lineage", "link_text", "marked", "step_header", "votes_text"]


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return " ".join(text.replace("\t", " ").splitlines())


def votes_text(version: Version) -> str:
    """``152-2-0`` after a recorded vote, else empty."""
    if version.in_favour is None and version.against is None:
        return ""
    counts = (version.in_favour, version.against, version.abstaining)
    return "-".join("?" if n is None else str(n) for n in counts)


def link_text(link: Link) -> str:
    """``A/RES/74/19 (title, citation in PP1, agenda item)``."""
    reasons = [
        f"citation in {link.cited_in}" if r == "citation" and link.cited_in else r
        for r in link.reasons
    ]
    if link.competing:
        reasons.append("competing")
    return f"{link.previous} ({', '.join(reasons)})"


def _first_where(step: Step, history: History) -> str:
    """Where a paragraph first appears: "absent from X" or "no earlier version in the
    index", and ", split from Y" when the diff says so."""
    where = (
        f"absent from {history.absent_before}"
        if history.absent_before
        else "no earlier version in the index"
    )
    return where + (f", split from {step.split_from}" if step.split_from else "")


def _op_label(step: Step) -> str:
    """The step's op as a header says it: "moved, changed" for a move with edits."""
    if step.op == "moved" and any(s.op != "equal" for s in step.diff):
        return "moved, changed"
    return step.op


def step_header(step: Step, previous: Step | None, history: History) -> str:
    """``A/RES/74/129 OP1 → A/RES/75/162 OP1 2020-12-16 changed``, or the first appearance
    (rich's header)."""
    date = f" {step.date}" if step.date else ""
    if previous is None:
        where = _first_where(step, history)
        where = (
            "first appearance, " + where if history.absent_before else f"first appearance ({where})"
        )
        return f"{step.symbol} {step.id}{date} {where}"
    label = _op_label(step) + (f" ({BY_PLACE})" if step.by_place else "")
    return f"{previous.symbol} {previous.id} → {step.symbol} {step.id}{date} {label}"


def end_lines(history: History) -> list[str]:
    """Where the paragraph ends: the version it is gone from, or still there."""
    if history.gone_from is None:
        return ["in the latest version in the index"]
    line = f"gone from {history.gone_from}"
    if history.merged_into:
        line += f", merged into {history.merged_into}"
    lines = [line]
    if history.gone_note:
        lines.append(f"note: {history.gone_note}")
    return lines


def lineage(view: LineageView, out: TextIO, term: Terminal) -> None:
    """``lineage``: one tab-separated row per version."""
    for version in view.lineage.versions:
        cells = (
            version.symbol,
            version.date,
            version.adoption_type,
            votes_text(version),
            version.clauses,
            "; ".join(link_text(link) for link in version.links),
            version.note,
            version.title,
        )
        out.write("\t".join(_cell(c) for c in cells) + "\n")


def history(view: HistoryView, out: TextIO, term: Terminal) -> None:
    """``history``: one block per version."""
    history = view.history
    out.write(f"history {history.symbol} {history.id}\n")
    previous: Step | None = None
    for step in history.steps:
        out.write(_plain_header(step, previous, history) + "\n")
        lines = [step.text if previous is None else marked(step.diff)]
        lines += [f"footnote added: {t}" for t in (step.footnotes_added if previous else ())]
        lines += [f"footnote removed: {t}" for t in step.footnotes_removed]
        lines += [f"note: {step.note}"] if step.note else []
        out.writelines(f"    {line}\n" for line in lines)
        previous = step
    if history.gone_from is None:
        latest = history.steps[-1].symbol if history.steps else history.symbol
        out.write(f"latest {latest} (in the latest version in the index)\n")
    else:
        merged = f" (merged into {history.merged_into})" if history.merged_into else ""
        out.write(f"gone {history.gone_from}{merged}\n")
        if history.gone_note:
            out.write(f"    note: {history.gone_note}\n")


def _plain_header(step: Step, previous: Step | None, history: History) -> str:
    """``first SYMBOL ID DATE (...)`` or ``OP OLD-SYMBOL OLD-ID -> SYMBOL ID DATE``."""
    date = f" {step.date}" if step.date else ""
    if previous is None:
        return f"first {step.symbol} {step.id}{date} ({_first_where(step, history)})"
    by_place = " (by place)" if step.by_place else ""
    moved = f"{previous.symbol} {previous.id} -> {step.symbol} {step.id}"
    return f"{_op_label(step)} {moved}{date}{by_place}"
