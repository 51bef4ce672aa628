"""Hand-built resolutions with sections, annexes and a recorded vote, for the CLI tests.

Written here, word by word, independently of any reader: the expected outputs of
the tests are stated against these words.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from resolution_cli.model import (
    Annex,
    Clause,
    Footnote,
    FootnoteRef,
    Meeting,
    Part,
    Resolution,
    Section,
    SubParagraph,
    Vote,
)

PP = Part.PREAMBULAR
OP = Part.OPERATIVE


def clause(
    id: str,
    part: Part,
    number: int,
    text: str,
    verb: str = "",
    num: str | None = None,
    **extra: object,
) -> Clause:
    return Clause(id=id, part=part, number=number, num=num, verb=verb, text=text, **extra)  # type: ignore[arg-type]


def sectioned() -> Resolution:
    """A/RES/99/1: a preamble, then sections I, II and III, numbers restarting in each."""
    return Resolution(
        symbol="A/RES/99/1",
        number="99/1",
        title="Questions relating to the budget",
        session=99,
        session_name="Ninety-ninth session",
        adopted=date(2045, 12, 24),
        meeting=Meeting(name="80th plenary meeting", number=80),
        adoption_type="Without a vote",
        preamble=(clause("PP1", PP, 1, "Recalling its resolution 98/1,", "Recalling"),),
        sections=(
            Section(
                num="I",
                heading=("Revised estimates",),
                preamble=(
                    clause(
                        "I.PP1",
                        PP,
                        1,
                        "Having considered the report,",
                        "Having considered",
                        section="I",
                    ),
                ),
                operative=(
                    clause(
                        "I.OP1", OP, 1, "Approves the estimates;", "Approves", "1.", section="I"
                    ),
                    clause("I.OP2", OP, 2, "Decides to review them.", "Decides", "2.", section="I"),
                ),
            ),
            Section(
                num="II",
                heading=("Special political missions", "and related matters"),
                preamble=(
                    clause(
                        "II.PP1",
                        PP,
                        1,
                        "Noting that the missions refer to:",
                        "Noting",
                        section="II",
                        subparagraphs=(
                            SubParagraph(num="(a)", text="Good offices;"),
                            SubParagraph(num="(b)", text="Panels of experts,"),
                        ),
                    ),
                ),
                operative=(
                    clause("II.OP1", OP, 1, "Welcomes the report;", "Welcomes", "1.", section="II"),
                    clause(
                        "II.OP2",
                        OP,
                        2,
                        "Requests the Secretary-General to report;",
                        "Requests",
                        "2.",
                        section="II",
                        markers=(FootnoteRef(number=1, offset=41),),
                    ),
                    clause(
                        "II.OP3", OP, 3, "Decides to remain seized.", "Decides", "3.", section="II"
                    ),
                ),
            ),
            Section(
                num="III",
                heading=("Other matters",),
                operative=(
                    clause(
                        "III.OP1",
                        OP,
                        1,
                        "Endorses the conclusions.",
                        "Endorses",
                        "1.",
                        section="III",
                    ),
                ),
            ),
        ),
        footnotes=(Footnote(number=1, text="A/99/7."),),
    )


def annexed() -> Resolution:
    """A/RES/99/2: adopts a declaration (annex I, with an appendix) and a convention (annex II)."""
    ann = "I"
    return Resolution(
        symbol="A/RES/99/2",
        number="99/2",
        title="Declaration and Convention",
        session=99,
        session_name="Ninety-ninth session",
        adopted=date(2045, 9, 21),
        meeting=Meeting(name="3rd plenary meeting", number=3),
        adoption_type="Recorded vote",
        preamble=(clause("PP1", PP, 1, "Guided by the Charter,", "Guided by"),),
        operative=(
            clause(
                "OP1",
                OP,
                1,
                "Adopts the declaration and the convention annexed hereto.",
                "Adopts",
                "1.",
            ),
        ),
        annexes=(
            Annex(
                num=ann,
                label="Annex I",
                title=("Declaration on cooperation",),
                preamble=(
                    clause(
                        "annexI.PP1", PP, 1, "We, the Heads of State, gathered here,", annex=ann
                    ),
                ),
                body=(
                    clause(
                        "annexI.1",
                        OP,
                        1,
                        "We recognize the need for cooperation.",
                        "We recognize",
                        "1.",
                        annex=ann,
                    ),
                    clause(
                        "annexI.2",
                        OP,
                        2,
                        "We decide to meet again.",
                        "We decide",
                        "2.",
                        annex=ann,
                        headings=("Follow-up",),
                        markers=(FootnoteRef(number=1, offset=24),),
                    ),
                ),
                annexes=(
                    Annex(
                        num="",
                        label="Appendix",
                        title=("List of partners",),
                        body=(
                            clause(
                                "annexI.appendix.1",
                                OP,
                                1,
                                "The partners are listed below.",
                                num="1.",
                                annex="I.appendix",
                            ),
                        ),
                    ),
                ),
            ),
            Annex(
                num="II",
                label="Annex II",
                title=("Convention on cooperation",),
                preamble=(
                    clause(
                        "annexII.PP1",
                        PP,
                        1,
                        "The States Parties to the present Convention,",
                        annex="II",
                    ),
                    clause(
                        "annexII.PP2", PP, 2, "Have agreed as follows:", "Have agreed", annex="II"
                    ),
                ),
                body=(
                    clause(
                        "annexII.art1",
                        OP,
                        1,
                        "For the purposes of this Convention, a partner is a State.",
                        annex="II",
                        article="1",
                        headings=("Article 1", "Use of terms"),
                    ),
                    clause(
                        "annexII.art2.1",
                        OP,
                        2,
                        "This Convention applies to cooperation.",
                        num="1.",
                        annex="II",
                        article="2",
                        headings=("Article 2", "Scope"),
                    ),
                    clause(
                        "annexII.art2.2",
                        OP,
                        3,
                        "It does not apply to trade.",
                        num="2.",
                        annex="II",
                        article="2",
                    ),
                    clause(
                        "annexII.art3.1",
                        OP,
                        4,
                        "Each State Party shall cooperate.",
                        num="1.",
                        annex="II",
                        article="3",
                        headings=("Article 3", "Cooperation"),
                    ),
                ),
                trailing=("Done at New York.",),
            ),
        ),
        footnotes=(Footnote(number=1, text="See A/99/300."),),
        vote=Vote(
            in_favour=3,
            against=1,
            abstaining=1,
            yes=("Albania", "Bosnia and Herzegovina", "Niger"),
            no=("Nigeria",),
            abstain=("Micronesia (Federated States of)",),
        ),
    )


def lone_annex() -> Resolution:
    """A/RES/99/3: one unnumbered 'Annex' with numbered paragraphs."""
    return Resolution(
        symbol="A/RES/99/3",
        number="99/3",
        title="Political declaration",
        operative=(
            clause(
                "OP1", OP, 1, "Adopts the political declaration annexed hereto.", "Adopts", "1."
            ),
        ),
        annexes=(
            Annex(
                num="",
                label="Annex",
                title=("Political declaration",),
                body=tuple(
                    clause(
                        f"annex.{n}",
                        OP,
                        n,
                        f"We commit to goal {n}.",
                        "We commit",
                        f"{n}.",
                        annex="",
                    )
                    for n in range(1, 13)
                ),
            ),
        ),
    )


def write(resolution: Resolution, directory: Path, name: str) -> str:
    """The resolution as this tool's JSON in ``directory``: a path for ``--file``."""
    path = directory / f"{name}.json"
    path.write_text(json.dumps(json.loads(resolution.model_dump_json())), encoding="utf-8")
    return str(path)
