"""The assembler's rules (``readers/assemble.py``), blocks in, structure out.

Each expectation is what a printed UN resolution shows: the ids a reader cites a
paragraph by, the sections its headings open, the labels that follow "(z)". The
same rules serve both readers; the last tests check that both apply them.
"""

from __future__ import annotations

import pytest

from resolution_cli.model import Clause, Part
from resolution_cli.readers.assemble import (
    ANNEX_LABEL,
    ANNEX_LABEL_ANY_CASE,
    DIVISION,
    SUB_LABEL,
    Outline,
    annex_ids,
    annex_keys,
    annex_preamble,
    annex_title,
    article_number,
    between_numbers,
    label_kind,
    next_letter,
    opening_sections,
    operative_ids,
    preambular_id,
    starts_next_annex,
    sub_level,
)
from resolution_cli.readers.blocks import (
    AnnexLabel,
    Block,
    Heading,
    Numbered,
    Opening,
    SubParagraph,
    Table,
    Unnumbered,
)


class Said:
    """Collects the warnings a rule gives, as (line, message)."""

    def __init__(self) -> None:
        self.said: list[tuple[int, str]] = []

    def __call__(self, line: int, message: str) -> None:
        self.said.append((line, message))


def numbered(*numbers: int, start: int = 10) -> list[Opening]:
    """Paragraphs printed "1.", "2." ..., one per line from ``start``."""
    return [Numbered(start + i, str(n)) for i, n in enumerate(numbers)]


# ------------------------------------------------------------------ lettering


@pytest.mark.parametrize(
    ("label", "after"),
    [
        ("(a)", "(b)"),
        ("(h)", "(i)"),  # the letter after (h) is (i), which also reads as a roman one
        ("(u)", "(v)"),
        ("(y)", "(z)"),
        ("(z)", "(aa)"),  # as printed UN documents letter on
        ("(aa)", "(bb)"),
        ("(hh)", "(ii)"),
        ("(zz)", "(aaa)"),
    ],
)
def test_next_letter_letters_on_as_printed(label: str, after: str) -> None:
    assert next_letter(label) == after


@pytest.mark.parametrize("label", ["(A)", "(1)", "(ab)", "()", "a", "", "(é)"])
def test_next_letter_is_none_for_a_label_that_is_not_a_letter(label: str) -> None:
    assert next_letter(label) is None


# ------------------------------------------------------------------- sections


def test_numbering_restarting_after_section_headings_opens_sections() -> None:
    blocks: list[Block] = [
        Heading(1, "I"),
        Heading(2, "Financing of the Mission"),
        *numbered(1, 2, start=3),
        Heading(5, "II"),
        Unnumbered(6),
        *numbered(1, 2, 3, start=7),
    ]
    assert opening_sections(blocks) == {0, 4}


def test_section_headings_over_continuous_numbering_stay_headings() -> None:
    # The oceans resolutions: "I", "II" over paragraphs 1 ... 5.
    blocks: list[Block] = [Heading(1, "I"), *numbered(1, 2), Heading(5, "II"), *numbered(3, 4)]
    assert opening_sections(blocks) == set()


def test_a_heading_whose_paragraphs_continue_the_numbering_stays_a_heading() -> None:
    # "A" over paragraphs 3, 4 inside section II: a heading of section II.
    blocks: list[Block] = [
        Heading(1, "I"),
        *numbered(1, 2),
        Heading(4, "II"),
        *numbered(1, 2, start=5),
        Heading(7, "A."),
        *numbered(3, 4, start=8),
    ]
    assert opening_sections(blocks) == {0, 3}


def test_section_words_and_other_blocks() -> None:
    blocks: list[Block] = [
        Heading(1, "Section 1"),
        SubParagraph(2, "(a)"),
        Numbered(3, "1"),
        Table(4),
        Heading(5, "Not a number"),
        Heading(6, "Section 2"),
        Numbered(7, "1"),
    ]
    assert opening_sections(blocks) == {0, 5}
    assert Heading(6, "Section 2").section == "2"


def test_every_section_heading_opens_one_where_the_numbering_is_known_to_restart() -> None:
    # A statement of several preamble/mainBody pairs: one section, no restart seen.
    assert opening_sections([Heading(1, "B"), *numbered(1, 2)], every=True) == {0}
    assert opening_sections([Heading(1, "B"), *numbered(1, 2)]) == set()


# -------------------------------------------------------------- continuations


def test_unnumbered_paragraphs_between_n_and_n_plus_1_belong_to_n() -> None:
    # Rules quoted after paragraph 50 ("The General Assembly shall meet ..."), then a
    # heading over paragraph 51 (A/RES/75/325): the quoted rules are part of 50.
    blocks: list[Block] = [
        Numbered(1, "50"),
        Unnumbered(2),
        Unnumbered(3),
        Heading(4, "Selection and appointment of the Secretary-General"),
        Numbered(5, "51"),
    ]
    assert between_numbers(blocks) == {1, 2}


def test_a_heading_before_an_unnumbered_paragraph_or_a_jump_in_numbers_ends_it() -> None:
    headed: list[Block] = [
        Numbered(1, "3"),
        Heading(2, "Follow-up"),
        Unnumbered(3),
        Numbered(4, "4"),
    ]
    assert between_numbers(headed) == set()
    jump: list[Block] = [Numbered(1, "3"), Unnumbered(2), Numbered(3, "7")]
    assert between_numbers(jump) == set()
    last: list[Block] = [Numbered(1, "3"), Unnumbered(2)]  # nothing after: not between
    assert between_numbers(last) == set()
    labelled: list[Block] = [
        Numbered(1, "3"),
        SubParagraph(2, "(a)"),
        Unnumbered(3),
        Numbered(4, "4"),
    ]
    assert between_numbers(labelled) == {2}


# ------------------------------------------------------------------------ ids


def test_operative_ids_follow_the_position_in_a_resolution_without_sections() -> None:
    said = Said()
    ids = operative_ids(numbered(1, 2, 3), sectioned=False, section=None, say=said)
    assert ids == ["OP1", "OP2", "OP3"]
    assert said.said == []


def test_operative_ids_follow_the_printed_number_never_the_position() -> None:
    said = Said()
    openings = numbered(1, 2, 5, 6, 1, 2)  # a gap at 5; 1 and 2 printed again
    ids = operative_ids(openings, sectioned=False, section=None, say=said)
    assert ids == ["OP1", "OP2", "OP5", "OP6", "OP1_2", "OP2_2"]
    assert said.said == [
        (12, "paragraph 5. is printed after 2.; its id is OP5, as printed"),
        (14, "paragraph 1. is printed again; this paragraph is OP1_2"),
        (15, "paragraph 2. is printed again; this paragraph is OP2_2"),
    ]


def test_an_unnumbered_paragraph_among_numbered_ones_is_op_u() -> None:
    """ "Adopts the following declaration:" / "Resolves that, for 2021:", then 1., 2."""
    said = Said()
    openings = [Unnumbered(9), Numbered(10, "1"), Unnumbered(11), Numbered(12, "2")]
    ids = operative_ids(openings, sectioned=False, section=None, say=said)
    assert ids == ["OP.u1", "OP1", "OP.u2", "OP2"]
    assert said.said == []


def test_operative_ids_in_a_section_follow_the_printed_number() -> None:
    said = Said()
    openings = numbered(1, 2, 4)
    assert operative_ids(openings, sectioned=True, section="II", say=said) == [
        "II.OP1",
        "II.OP2",
        "II.OP4",
    ]
    assert operative_ids(openings, sectioned=True, section=None, say=said) == [
        "OP1",
        "OP2",
        "OP4",
    ]
    # the gap is named, once per call; the ids keep the printed numbers
    assert said.said == [
        (12, "paragraph 4. is printed after 2.; its id is II.OP4, as printed"),
        (12, "paragraph 4. is printed after 2.; its id is OP4, as printed"),
    ]


def test_section_ids_follow_the_printed_number_with_u_and_suffix() -> None:
    said = Said()
    openings = [Numbered(10, "1"), Unnumbered(11), Numbered(12, "2"), Numbered(13, "2")]
    assert operative_ids(openings, sectioned=True, section="A", say=said) == [
        "A.OP1",
        "A.OP.u1",
        "A.OP2",
        "A.OP2_2",
    ]
    assert said.said == [
        (13, "paragraph 2. is printed again in section A; this paragraph is A.OP2_2")
    ]


def test_unnumbered_paragraphs_of_a_section_are_numbered_without_a_warning() -> None:
    said = Said()
    ids = operative_ids([Unnumbered(3)], sectioned=True, section="B", say=said)
    assert ids == ["B.OP1"]
    assert said.said == []


def test_preambular_ids() -> None:
    assert preambular_id(3) == "PP3"
    assert preambular_id(1, "II") == "II.PP1"


# --------------------------------------------------------------------- annexes


def test_annex_keys_of_annexes_side_by_side() -> None:
    said = Said()
    labels = [AnnexLabel(5, "Annex I", "I"), AnnexLabel(9, "Annex II", "II")]
    assert annex_keys(labels, None, said) == [("I", "I"), ("II", "II")]
    assert annex_keys([AnnexLabel(5, "Annex")], None, said) == [("", "")]
    assert said.said == []


def test_a_second_annex_with_the_same_label_is_numbered_by_its_position() -> None:
    said = Said()
    labels = [AnnexLabel(5, "Annex"), AnnexLabel(9, "Annex")]
    assert annex_keys(labels, None, said) == [("", ""), ("2", "2")]
    assert said.said == [(9, "a second annex labelled 'Annex'; it is numbered by its position, 2")]


def test_annex_keys_inside_an_annex_add_the_word_of_the_label() -> None:
    said = Said()
    labels = [AnnexLabel(5, "Appendix"), AnnexLabel(9, "Appendix B", "B")]
    assert annex_keys(labels, "I", said) == [("", "I.appendix"), ("B", "I.appendixB")]


def test_annex_ids_by_printed_number_article_and_position() -> None:
    said = Said()
    openings: list[Opening] = [
        Unnumbered(1),  # outside articles, unnumbered
        Numbered(2, "1"),
        Numbered(3, "2"),
        Unnumbered(4),  # the only paragraph of article 1
        Numbered(5, "1"),  # article 2, paragraph 1
        Unnumbered(6),  # article 2, unnumbered
        Numbered(7, "1"),  # printed again outside articles
    ]
    articles = [None, None, None, "1", "2", "2", None]
    assert annex_ids(openings, articles, "II", said) == [
        "annexII.u1",
        "annexII.1",
        "annexII.2",
        "annexII.art1",
        "annexII.art2.1",
        "annexII.art2.u1",
        "annexII.1_2",
    ]
    assert said.said == [
        (7, "annexII.1 is printed again in the same annex; this paragraph is annexII.1_2")
    ]


def test_a_label_with_the_first_word_starts_the_next_annex_another_one_inside() -> None:
    assert starts_next_annex("Annex", "Annex")
    assert starts_next_annex("ANNEX", "Annex")
    assert not starts_next_annex("Appendix", "Annex")


def test_an_annex_title_runs_to_a_paragraph_or_a_numbered_article_or_division_heading() -> None:
    title = [Heading(1, "Political declaration"), Heading(2, "on HIV and AIDS")]
    assert annex_title([*title, Unnumbered(3)]) == 2
    assert annex_title([*title, Heading(3, "I. Scope")]) == 2
    assert annex_title([*title, Heading(3, "Article 1")]) == 2
    assert annex_title([*title, Heading(3, "Our commitment", numbered=True)]) == 2
    assert annex_title([Heading(1, "Chapter I"), *title]) == 0


def test_an_annex_preamble_is_its_leading_unnumbered_paragraphs_before_numbers() -> None:
    preamble: list[Block] = [Unnumbered(1), Unnumbered(2), SubParagraph(3, "(a)")]
    assert annex_preamble([*preamble, Numbered(4, "1")]) == 3
    assert annex_preamble([*preamble, Heading(4, "Article 1"), Unnumbered(5)]) == 3
    assert annex_preamble(preamble) == 0  # nothing numbered follows: the annex's body
    assert annex_preamble([*preamble, Heading(4, "Follow-up")]) == 0
    # An unnumbered clause this tool exported as one ends the preamble.
    assert annex_preamble([Unnumbered(1), Unnumbered(2, own=True), Numbered(3, "1")]) == 1


# ---------------------------------------------------------------- printed words


def test_annex_labels() -> None:
    assert (match := ANNEX_LABEL.match("Annex II")) and match.groups() == ("Annex", "II")
    assert (match := ANNEX_LABEL.match("Appendix")) and match.groups() == ("Appendix", None)
    assert not ANNEX_LABEL.match("Annex to the report")
    assert not ANNEX_LABEL.match("ANNEX")
    assert ANNEX_LABEL_ANY_CASE.match("ANNEX")


def test_articles_and_divisions() -> None:
    assert article_number("Article 5") == "5"
    assert article_number("Article 5 bis. Scope") == "5bis"
    assert article_number("Rule 7") == "7"
    assert article_number("Articles of the Charter") is None
    assert DIVISION.match("Chapter II") and DIVISION.match("IV.") and DIVISION.match("B. Posts")
    assert not DIVISION.match("Background")


@pytest.mark.parametrize("label", ["(a)", "(zz)", "(iv)", "(A)", "(12)"])
def test_sub_paragraph_labels(label: str) -> None:
    assert SUB_LABEL.fullmatch(label)


# ------------------------------------------------------ both readers, one rule


def test_both_readers_letter_on_past_z_and_nest_romans_the_same_way() -> None:
    """The text reader and the AKN reader share next_letter: (i) after (h) is a letter,
    (i) after (c) a roman numeral under (c)."""
    from resolution_cli.model import Part
    from resolution_cli.readers.akn.body import _Reader
    from resolution_cli.readers.akn.flow import _Clause, _Sub
    from resolution_cli.readers.text.clauses import Piece, nest
    from resolution_cli.readers.text.markup import Inline

    def text_nesting(labels: list[str]) -> list[tuple[str, list[str]]]:
        pieces = [Piece(label, Inline(text="x"), 1) for label in labels]
        return [(s.num, [t.num for t in s.subparagraphs]) for s in nest(pieces, Said())]

    def akn_nesting(labels: list[str]) -> list[tuple[str, list[str]]]:
        reader = _Reader("x.xml", lambda message: None)
        clause = _Clause(part=Part.OPERATIVE, line=1)
        for label in labels:
            reader.place_sub(clause, _Sub(num=label, text="x"), None)  # type: ignore[arg-type]
        return [(s.num, [t.num for t in s.subs]) for s in clause.subs]

    after_h = ["(g)", "(h)", "(i)", "(j)"]
    under_c = ["(b)", "(c)", "(i)", "(ii)", "(d)"]
    romans = ["(i)", "(ii)", "(iii)"]
    capitals = ["(a)", "(A)", "(B)", "(b)"]
    past_z = ["(y)", "(z)", "(aa)", "(i)"]
    for labels in (after_h, under_c, romans, capitals, past_z):
        assert text_nesting(labels) == akn_nesting(labels), labels
    assert akn_nesting(after_h) == [("(g)", []), ("(h)", []), ("(i)", []), ("(j)", [])]
    assert akn_nesting(under_c) == [("(b)", []), ("(c)", ["(i)", "(ii)"]), ("(d)", [])]
    assert akn_nesting(romans) == [("(i)", []), ("(ii)", []), ("(iii)", [])]
    assert akn_nesting(capitals) == [("(a)", ["(A)", "(B)"]), ("(b)", [])]
    assert akn_nesting(past_z) == [("(y)", []), ("(z)", []), ("(aa)", ["(i)"])]


@pytest.mark.parametrize(
    ("label", "kind"),
    [("(a)", "alpha"), ("(bb)", "alpha"), ("(iv)", "roman"), ("(A)", "upper"), ("(3)", "digit")],
)
def test_label_kinds(label: str, kind: str) -> None:
    assert label_kind(label) == kind
    assert label_kind("") == "unlabelled"


def test_sub_level_goes_back_to_an_open_level_of_the_same_kind() -> None:
    open_levels = [("alpha", "(c)"), ("roman", "(ii)"), ("upper", "(B)")]
    assert sub_level(open_levels, "(iii)") == (1, "roman")
    assert sub_level(open_levels, "(d)") == (0, "alpha")
    assert sub_level(open_levels, "(1)") == (3, "digit")  # a new level under (B)
    assert sub_level([("alpha", "(h)")], "(i)") == (0, "alpha")  # (i) after (h): a letter


# ------------------------------------------------------------ heading placement


class Para:
    """A clause as a reader drafts it: how it is printed, its headings, its text."""

    def __init__(self, line: int, number: str | None = None) -> None:
        self.line = line
        self.number = number
        self.headings: list[str] = []
        self.text = f"paragraph on line {line}"

    def opening(self) -> Opening:
        return Unnumbered(self.line) if self.number is None else Numbered(self.line, self.number)


def _add(outline: Outline[Para], part: Part, para: Para) -> Para:
    para.headings = outline.take_headings()
    outline.add(part, para)
    return para


def _build(draft: Para, part: Part, number: int, section: str | None, cid: str) -> Clause:
    return Clause(
        id=cid,
        part=part,
        number=number,
        section=section,
        num=None if draft.number is None else f"{draft.number}.",
        verb="",
        text=draft.text,
        headings=tuple(draft.headings),
    )


def test_headings_go_to_the_next_clause() -> None:
    outline: Outline[Para] = Outline()
    _add(outline, Part.PREAMBULAR, Para(1))
    outline.hold("Follow-up", 2)
    outline.hold("Reports", 3)
    second = _add(outline, Part.OPERATIVE, Para(4, "1"))
    said = Said()
    outline.finish(lambda draft, text: None, said)
    preamble, operative, sections = outline.build(_build, said)
    assert second.headings == ["Follow-up", "Reports"]
    assert [c.id for c in preamble] == ["PP1"] and [c.id for c in operative] == ["OP1"]
    assert operative[0].headings == ("Follow-up", "Reports")
    assert sections == () and said.said == []


def test_a_section_takes_the_headings_around_its_number_and_before_its_first_clause() -> None:
    outline: Outline[Para] = Outline()
    _add(outline, Part.OPERATIVE, Para(1, "1"))
    outline.hold("Budget for 2021", 2)  # printed above the number: the section's
    outline.open_section("II", ["Programme of work"], 3)
    outline.hold("Part A", 4)  # printed before the section's first clause
    outline.hold("Financing", 5)
    first = _add(outline, Part.PREAMBULAR, Para(6))
    _add(outline, Part.OPERATIVE, Para(7, "1"))
    _add(outline, Part.OPERATIVE, Para(8, "2"))
    said = Said()
    outline.finish(lambda draft, text: None, said)
    _, operative, sections = outline.build(_build, said)
    assert first.headings == []
    (section,) = sections
    assert section.heading == ("Budget for 2021", "Programme of work", "Part A", "Financing")
    assert [c.id for c in operative] == ["OP1"]
    assert [c.id for c in section.clauses] == ["II.PP1", "II.OP1", "II.OP2"]
    assert said.said == []


def test_headings_of_an_empty_section_stay_with_it_when_the_next_one_opens() -> None:
    outline: Outline[Para] = Outline()
    outline.open_section("I", [], 1)
    outline.hold("General provisions", 2)
    outline.open_section("II", [], 3)
    _add(outline, Part.OPERATIVE, Para(4, "1"))
    said = Said()
    outline.finish(lambda draft, text: None, said)
    _, _, sections = outline.build(_build, said)
    assert [(s.num, s.heading) for s in sections] == [
        ("I", ("General provisions",)),
        ("II", ()),
    ]


def test_headings_after_the_last_paragraph_are_kept_as_its_text_with_a_warning() -> None:
    outline: Outline[Para] = Outline()
    last = _add(outline, Part.OPERATIVE, Para(1, "1"))
    outline.hold("* * *", 2)
    outline.hold("Annexes follow", 3)

    def append(draft: Para, text: str) -> None:
        draft.text += " " + text

    said = Said()
    outline.finish(append, said)
    assert last.text == "paragraph on line 1 * * * Annexes follow"
    assert said.said == [
        (3, "headings after the last paragraph kept as text after it: * * *; Annexes follow")
    ]


def test_a_second_section_with_the_same_number_is_numbered_by_its_position() -> None:
    outline: Outline[Para] = Outline()
    for line, num in ((1, "A"), (5, "B"), (9, "a")):
        outline.open_section(num, [], line)
        _add(outline, Part.OPERATIVE, Para(line + 1, "1"))
    said = Said()
    outline.finish(lambda draft, text: None, said)
    _, _, sections = outline.build(_build, said)
    assert [s.num for s in sections] == ["A", "B", "3"]
    assert [c.id for s in sections for c in s.clauses] == ["A.OP1", "B.OP1", "3.OP1"]
    assert said.said == [(9, "a second section numbered 'a'; it is numbered by its position, 3")]


def test_an_id_follows_the_number_as_each_language_prints_it() -> None:
    """ "9." and the Arabic "9 -" or "٩ -" (Arabic-Indic digits) are all paragraph 9."""
    from resolution_cli.readers.assemble import follows_printed

    for printed in ("9.", "9 -", "٩ -", "9"):
        assert follows_printed("OP9", printed), printed
        assert follows_printed("II.OP9_2", printed), printed
        assert not follows_printed("OP10", printed), printed
    assert follows_printed("OP.u1", None) and not follows_printed("OP.u1", "1.")


def test_a_number_is_kept_as_the_version_prints_it() -> None:
    """The clause's num: "1 -" (Arabic) as printed; None where it is "n." or English."""
    from resolution_cli.readers.assemble import Forms
    from resolution_cli.words import ENGLISH, words_for

    arabic = Forms(words_for("ar"))
    assert arabic.number_as_printed("\t1 -") == "1 -"
    assert arabic.number_as_printed("\u200f12 -\tتقرر") == "12 -"
    assert arabic.number_as_printed("3.") is None
    assert arabic.number_as_printed("") is None
    assert Forms(ENGLISH).number_as_printed("1 -") is None
