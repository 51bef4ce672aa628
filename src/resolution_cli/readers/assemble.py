"""The assembler: the rules both readers apply to their blocks, written once.

A reader turns its input into typed blocks (:mod:`.blocks`); the rules below
turn those blocks into the structure of a :class:`~resolution_cli.model.Resolution`.
They do not depend on the input format, so the AKN reader (:mod:`.akn`) and the
text reader (:mod:`.text`) call them, and a change of rule (a paragraph cited by
its printed number, another language's words) is made here, for both.

Sections (:func:`opening_sections`): a heading that is only a section number
("I", "A.", "Section 2") opens a section when the operative numbering restarts at
1 after such a heading somewhere in the resolution (budget and omnibus
resolutions); "I", "II" headings over continuously numbered paragraphs (the
oceans resolutions) stay headings. When it does, every such heading opens a
section, except one whose next numbered paragraph continues the numbering of the
section before it (an "A" over paragraphs 5, 6 ... inside section VIII stays a
heading).

Continuations (:func:`between_numbers`): an unnumbered paragraph printed after
paragraph n, with no heading between n and it, is part of paragraph n when the
next numbered paragraph is n + 1 (quoted rules, schedules; a heading printed after
it heads paragraph n + 1). Headings between (:func:`headings_between`): there, a
paragraph printed all in bold is a heading of paragraph n + 1, never the end of n.

Chapter headings (:func:`chapter_heading`): a paragraph numbered "I.", "II."
whose text is all bold is a heading line "I. Title" of the paragraph after it.

Preamble in the main body (:func:`preambular_in_body`): unnumbered paragraphs
that open a main body, before paragraph 1, with a lead phrase in the preamble's
form ("*Having further considered* ..."), are preambular clauses.

Operative ids (:func:`operative_ids`): an id always names the paragraph printed
with that number, never a running position. A paragraph printed "n." is ``OPn``
(``II.OPn`` in section II); a number printed again in the same level gets ``_2``,
``_3`` (``OP1_2``), with a warning. A paragraph printed without a number, among
numbered ones of its level, is ``OP.u1``, ``OP.u2`` ... (``II.OP.u1``), in the
style of an annex's ``annex.u1``: "*Adopts* the following declaration:" before a
declaration adopted in the body (whose paragraphs 1, 2, 3 are then OP1, OP2,
OP3), "*Resolves* that, for 2021:" before paragraphs 1., 2. of a budget. A level
where no paragraph is printed with a number (a resolution of one unnumbered
paragraph) keeps ``OP1`` ... by position: there is no printed number to mistake
them for. :func:`follows_printed` is the check (``validate`` runs it).

Preambular ids (:func:`preambular_id`): ``PPn`` by position, ``II.PPn`` in a
section.

Annexes: a label with the word of the label that opened the annexes ("Annex")
starts the next annex; one with another word ("Appendix") starts an annex inside
the current one (:func:`starts_next_annex`). The headings right after the label
are its title, up to a paragraph, a numbered heading ("I.", "A"), an article or
a division heading (:func:`annex_title`). The unnumbered paragraphs right after
the title, before any heading, are the annex's own preamble when numbered
paragraphs or articles follow (:func:`annex_preamble`). Ids
(:func:`annex_keys`, :func:`annex_ids`): an annex's key is its number
("" for a lone "Annex", "II"); an annex inside an annex adds "." and the inner
label's word in lower case with its number ("I.appendix", ".appendixA"). Two
annexes side by side with the same key: the second is numbered by its position,
with a warning. An annex's clauses are ``annex<key>.PP<n>`` (its preamble, by
position), ``annex<key>.<N>`` (printed number N), ``annex<key>.art<A>.<N>`` (in
article A), ``annex<key>.art<A>`` (the only paragraph of article A, unnumbered),
``annex<key>.u<k>`` / ``annex<key>.art<A>.u<k>`` (the k-th unnumbered paragraph
outside articles, or of article A). A number printed twice in one annex
(numbering restarting per chapter): the second paragraph gets ``_2``, the third
``_3``, with a warning.

Lettering and nesting (:func:`next_letter`, :func:`label_kind`, :func:`sub_level`):
"(a)" ... "(z)", then "(aa)", "(bb)" ... as printed UN documents letter on.
Sub-paragraphs printed one after another are nested by the kind of their label
(letter, roman numeral, capital, digit, none): a label of a kind already open
goes back to that level, one of a new kind opens a level under the sub-paragraph
before it. A roman-looking label that is the next letter of an open lettered
level ((i) after (h), (v) after (u)) is a letter, not a roman numeral.

Printed words (:data:`ANNEX_LABEL`, :data:`ARTICLE`, :data:`DIVISION`,
:data:`SUB_LABEL`), built from the table of :mod:`resolution_cli.words`: a line
"Annex", "Annex II", "Appendix A" (a label word and at most a number) labels an
annex; "Article 5", "Article 5 bis", "Rule 7" heads an article (rules of
procedure are read as articles); "Chapter/Part/Section/Title ...", "I.", "A."
head a division, which ends an article; a sub-paragraph label is "(a)" to
"(zzz)", "(i)" to "(cccc...)", "(A)" or "(1)" to "(999)".

Heading placement (:class:`Outline`): a heading waits for the next clause and
becomes one of its ``headings``; a section number opens a section, whose heading
is the headings waiting before its number, the heading lines printed with it,
and those printed before its first clause. Headings printed after the last
paragraph go to a section that has no clause yet (as its heading), or else are
kept as text after the last clause (its wrap_up when it has sub-paragraphs, its
text otherwise), with a warning. A second section with a number already used is
numbered by its position, with a warning.

Languages (:class:`Forms`, from the table of :mod:`resolution_cli.words`; the reader
knows the language from ``FRBRlanguage``): every version is read to the ids of its
English version. A printed number may be followed by " -" (Arabic "1 -", in ``num``
or at the head of the text, read as the number, not text); a sub-paragraph label may
lack its opening parenthesis ("a)": French, Spanish, Russian), be typed with
Cyrillic look-alikes of Latin letters (Russian), be an abjad letter ("(أ)", "(هـ)" =
(a), (e)), a nested "’1‘" or "㈠"; :meth:`Forms.canonical` gives the label's meaning
for the lettering rules, the label is printed as published. Annex labels, article
and division words are the language's ("Annexe I", "المرفق الأول", "附件一" -> annex I;
"Article premier", "第1条" -> article 1). A preambular clause in the body
(:func:`preambular_in_body`) is told, in a language whose verbs are not listed, by
its ending comma. :data:`SENTENCE_END` holds what ends a sentence in every script.

Warnings go through ``say(line, message)``; the reader adds the file's name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Generic, Protocol, TypeVar

from resolution_cli.model import Clause, Part, Section
from resolution_cli.readers.blocks import (
    AnnexLabel,
    Block,
    Heading,
    Numbered,
    Opening,
    SubParagraph,
    Unnumbered,
)
from resolution_cli.readers.leads import with_inferred_body_leads
from resolution_cli.readers.numbering import han_value, roman, section_line
from resolution_cli.words import ENGLISH, LATIN_LETTERS, Words

#: Reports a warning about the block on ``line``.
Say = Callable[[int, str], None]


# ---------------------------------------------------------------- printed words


#: What a sentence (a clause, not a heading or a title) ends with, in every script read.
SENTENCE_END = frozenset(".,;:!?\u3002\uff1b\uff1a\uff0c\u060c\u061b")

#: The colons that end a line introducing what follows ("... the following:"; Chinese
#: prints the full-width one).
COLONS = (":", "\uff1a")


def _any(words: Sequence[str]) -> str:
    return "|".join(re.escape(word) for word in words)


_LABEL_NUMBER = r"(?:\s+([IVXLC]{1,6}|\d{1,3}|[A-Z]))?\.?$"
#: An annex label: group 1 its word, group 2 its number ("Annex II", "Appendix").
ANNEX_LABEL = re.compile(r"^(" + _any(ENGLISH.annex_labels) + r")" + _LABEL_NUMBER)
#: As :data:`ANNEX_LABEL`, the word in any case ("ANNEX", as some XML files give it).
ANNEX_LABEL_ANY_CASE = re.compile(r"^((?i:" + _any(ENGLISH.annex_labels) + r"))" + _LABEL_NUMBER)
#: An article heading: group 1 its number ("Article 5 bis" -> "5 bis").
ARTICLE = re.compile(
    r"^(?:"
    + _any(ENGLISH.article_words)
    + r")\s+(\d{1,3}(?:\s?(?:"
    + _any(ENGLISH.article_suffixes)
    + r"))?|[IVXLC]{1,6})(?=$|[\s.:])"
)
#: A division heading: a division word and a number, or a number alone ("I.", "A").
DIVISION = re.compile(
    r"^(?:(?:" + _any(ENGLISH.division_words) + r")\s+\S+|[IVXLC]{1,6}(?:\.\s|\.?$)"
    r"|[A-Z](?:\.\s|\.?$))"
)
#: A sub-paragraph label, whole ("(a)", "(iii)", "(A)", "(12)").
SUB_LABEL = re.compile(r"\((?:[a-z]{1,3}|[ivxlc]{1,6}|[A-Z]|\d{1,3})\)")


def article_number(text: str, words: Words = ENGLISH) -> str | None:
    """The article a heading opens ("Article 5 bis" -> "5bis"; "Article premier",
    "第1条" -> "1"), if it heads one."""
    return forms(words).article_number(text)


class Forms:
    """The printed forms of one language (:class:`~resolution_cli.words.Words`), compiled:
    paragraph numbers, sub-paragraph labels, annex labels, article and division headings.

    English is exactly the module's patterns above (the text reader's). Another
    language adds its own forms: a number followed by " -" ("1 -", Arabic), a label
    without its opening parenthesis ("a)", French, Spanish, Russian), typed with
    Cyrillic look-alikes of Latin letters, in abjad letters ("(أ)", "(هـ)"), nested "’1‘" or
    "㈠"; its label, article and division words.
    """

    def __init__(self, words: Words) -> None:
        self.words = words
        english = words is ENGLISH
        marks = "|".join(
            r"\s*[-\u2013]" if mark == "-" else re.escape(mark) for mark in words.number_marks
        )
        # a right-to-left text may have a direction mark before the number ("\u200f19 -")
        lead = "" if english else "[\u200e\u200f]?\\s*"
        #: A printed paragraph number, whole (in ``num``); group 1 its digits.
        self.number = re.compile(r"^" + lead + r"(\d{1,3})(?:" + marks + r")?[\u200e\u200f]?$")
        #: A printed paragraph number at the head of a paragraph's text.
        # Chinese runs its text on after "19." with no space ("19.在不开创先例的情况下")
        glued = r"|(?<=\.)(?=[\u3400-\u9fff])" if words.numerals else ""
        self.leading_number = re.compile(
            r"^" + lead + r"(\d{1,3})(?:" + marks + r")?[\u200e\u200f]?(?:\s+" + glued + ")"
        )
        fold = words.homoglyphs
        self.fold = str.maketrans(fold[0::2], fold[1::2]) if fold else None
        latin = "a-z" + "".join(fold[0::2])
        label = SUB_LABEL.pattern
        if not english:
            alternatives = [r"\((?:[" + latin + r"]{1,3}|[ivxlc]{1,6}|[A-Z]|\d{1,3})\)"]
            if words.open_optional:
                alternatives.append(r"(?:[" + latin + r"]{1,3}|[ivxlc]{1,6})\)")
            if words.letters != LATIN_LETTERS:
                letter = r"(?:[" + "".join(words.letters) + r"]\u0640?|\ufeeb)"
                alternatives.append(r"[()]" + letter + r"(?:\s?" + letter + r")?\)")
            if words.nested_marks:
                opening, closing = words.nested_marks
                alternatives.append(re.escape(opening) + r"\d{1,2}" + re.escape(closing))
            if words.paren_numerals:
                alternatives.append("[" + words.paren_numerals + "]")
            label = "(?:" + "|".join(alternatives) + ")"
        #: A sub-paragraph label, whole ("(a)"; "a)", "(أ)", "㈠" in other languages).
        self.label = re.compile(label)
        after = r"(?:\s+|(?<=[" + words.paren_numerals + r"]))" if words.paren_numerals else r"\s+"
        #: A sub-paragraph label at the head of a paragraph's text (group 1).
        self.leading_label = re.compile(r"^(" + label + r")" + after)
        if english:
            self.annex_label = ANNEX_LABEL_ANY_CASE
            self.article = ARTICLE
            self.division = DIVISION
            return
        numerals = words.numerals
        number = r"[IVXLC]{1,6}|\d{1,3}|[A-Z]"
        if numerals:
            number = "[" + numerals + "]{1,3}|" + number
        if words.annex_ordinals:
            number = _any(sorted(words.annex_ordinals, key=len, reverse=True)) + "|" + number
        space = r"\s*" if numerals else r"\s+"
        self.annex_label = re.compile(
            r"^((?i:" + _any(words.annex_labels) + r"))(?:" + space + r"(" + number + r"))?\.?$"
        )
        article = words.article_pattern or (
            r"^(?:"
            + _any(words.article_words or ("\uffff",))
            + r")\s+(\d{1,3}(?:\s?(?:"
            + _any(words.article_suffixes or ("\uffff",))
            + r"))?|[IVXLC]{1,6}"
            + "".join("|" + re.escape(w) for w in words.article_first)
            + r")(?=$|[\s.:])"
        )
        self.article = re.compile(article)
        divisions = [r"[IVXLC]{1,6}(?:\.\s|\.?$)", r"[A-Z](?:\.\s|\.?$)"]
        if words.division_words:
            divisions.insert(0, r"(?:" + _any(words.division_words) + r")\s+\S+")
        if words.division_pattern:
            divisions.insert(0, words.division_pattern.lstrip("^"))
        self.division = re.compile(r"^(?:" + "|".join(divisions) + ")")

    def number_as_printed(self, printed: str | None) -> str | None:
        """A paragraph's number as the version prints it, where that is not "n." (the
        Arabic "1 -", kept as published: the clause's ``num``); None where it is "n.",
        or in English (whose "n." the model has always written), or where there is none."""
        if not printed or self.words is ENGLISH:
            return None
        match = self.number.match(printed) or self.leading_number.match(printed)
        if match is None:
            return None
        marks = printed[: match.end()].replace("\u200e", "").replace("\u200f", "")
        shown = " ".join(marks.split())
        return None if shown == f"{match.group(1)}." else shown

    def canonical(self, label: str) -> str:
        """A label as the lettering rules read it: "(a)" for "a)", its Cyrillic look-alike, "(أ)";
        "(1)", "(2)" for the nested "’1‘", "㈠" (a kind of their own); any other label
        as it is."""
        words = self.words
        if words is ENGLISH or not label:
            return label
        text = label.translate(self.fold) if self.fold else label
        if words.paren_numerals and len(text) == 1 and text in words.paren_numerals:
            return f"({words.paren_numerals.index(text) + 1})"
        if words.nested_marks and text[:1] == words.nested_marks[0]:
            return f"({text[1:-1]})"
        if text[:1] in "()" and text[-1:] == ")" and words.letters != LATIN_LETTERS:
            inner = text[1:-1].replace("\u0640", "").replace("\ufeeb", "\u0647").split()
            if inner and all(letter in words.letters for letter in inner):
                return "(" + "".join(_latin(words.letters.index(x)) for x in inner) + ")"
            return "(" + text[1:]
        if text[:1] != "(" and text[-1:] == ")":
            return "(" + text
        return text

    def annex_label_of(self, text: str) -> tuple[str, str] | None:
        """An annex label's word (its English key: "Appendice" -> "appendix") and number
        (the English version's: "الأول", "一" -> "I"), if ``text`` is one."""
        match = self.annex_label.match(text)
        if not match:
            return None
        word = match.group(1)
        for printed, key in self.words.annex_keys.items():
            if printed.casefold() == word.casefold():
                word = key
        return word, self.annex_number(match.group(2) or "")

    def annex_number(self, num: str) -> str:
        words = self.words
        if num in words.annex_ordinals:
            return roman(words.annex_ordinals.index(num) + 1)
        value = han_value(num, words.numerals)
        return roman(value) if value else num

    def article_number(self, text: str) -> str | None:
        """See :func:`article_number`."""
        match = self.article.match(text)
        if not match:
            return None
        number = re.sub(r"\s+", "", match.group(1))
        if number in self.words.article_first:
            return "1"
        value = han_value(number, self.words.numerals)
        return str(value) if value else number

    def is_division(self, text: str) -> bool:
        """Whether a heading heads a division ("Chapitre II", "I.", "أولا - ...", "一.")."""
        if self.division.match(text):
            return True
        if self.words is ENGLISH:
            return False
        found = section_line(text, self.words)
        return found is not None and not re.match(r"[A-Z]\s", text)


def _latin(index: int) -> str:
    """The Latin letter at ``index`` of the lettering (26 -> "aa")."""
    return chr(ord("a") + index % 26) * (index // 26 + 1)


@cache
def forms(words: Words) -> Forms:
    """The compiled printed forms of ``words``' language."""
    return Forms(words)


# ------------------------------------------------------------------ lettering


def next_letter(label: str) -> str | None:
    """The label after a letter label: "(h)" -> "(i)", "(hh)" -> "(ii)", "(z)" -> "(aa)",
    "(zz)" -> "(aaa)"; None for any other label."""
    inner = label[1:-1]
    if (
        label[:1] != "("
        or label[-1:] != ")"
        or not inner
        or len(set(inner)) != 1
        or not ("a" <= inner[0] <= "z")
    ):
        return None
    if inner[0] == "z":
        return "(" + "a" * (len(inner) + 1) + ")"
    return "(" + chr(ord(inner[0]) + 1) * len(inner) + ")"


#: A roman numeral label, "(i)" to "(xxxix)".
_ROMAN_LABEL = re.compile(r"^\((?=[ivxlc]+\))(?:x{0,3})(?:ix|iv|v?i{0,3})\)$")


def label_kind(label: str) -> str:
    """The kind of a sub-paragraph label: "alpha" ("(a)", "(bb)"), "roman" ("(iv)"),
    "upper" ("(A)"), "digit" ("(1)"), or "unlabelled" ("")."""
    if not label:
        return "unlabelled"
    inner = label[1:-1]
    if inner.isdigit():
        return "digit"
    if inner.isupper():
        return "upper"
    return "roman" if _ROMAN_LABEL.match(label) else "alpha"


def sub_level(levels: Sequence[tuple[str, str]], label: str) -> tuple[int, str]:
    """Where a sub-paragraph labelled ``label`` goes, given the levels open before it
    (outermost first, each as (kind, its last label)): the index of the level it
    joins (``len(levels)``: a new level under the last sub-paragraph), and its kind.

    A label of a kind already open goes back to that level; a label of a new kind
    opens a level under the sub-paragraph before it; a roman-looking label that is
    the next letter of an open lettered level ((i) after (h), (v) after (u)) is a
    letter.
    """
    kind = label_kind(label)
    if kind == "roman":
        for level_kind, last in reversed(levels):
            if level_kind == "alpha" and next_letter(last) == label:
                kind = "alpha"
                break
            if level_kind == "roman":
                break
    for index in range(len(levels) - 1, -1, -1):
        if levels[index][0] == kind:
            return index, kind
    return len(levels), kind


# ------------------------------------------------------------------- sections


def opening_sections(blocks: Sequence[Block], *, every: bool = False) -> set[int]:
    """The indexes of the section-number headings of ``blocks`` that open a section.

    ``every``: the numbering is known to restart (a statement of several
    preamble/mainBody pairs), so each such heading opens one. Blocks other than
    headings and numbered paragraphs are not looked at.
    """
    headings: list[tuple[int, int | None]] = []  # (index, next number after it)
    restart = every
    seen_number = False
    waiting: list[int] = []
    for index, block in enumerate(blocks):
        if isinstance(block, Heading) and block.section is not None:
            waiting.append(len(headings))
            headings.append((index, None))
        elif isinstance(block, Numbered):
            number = block.value
            if waiting and number == 1 and seen_number:
                restart = True
            for position in waiting:
                headings[position] = (headings[position][0], number)
            waiting = []
            seen_number = True
    if not restart:
        return set()
    return {index for index, number in headings if number in (None, 1)}


def between_numbers(blocks: Sequence[Block]) -> set[int]:
    """The indexes of the unnumbered paragraphs of ``blocks`` printed after paragraph n,
    with no heading between n and them, when the next numbered paragraph is n + 1: part
    of paragraph n (quoted rules, schedules; a heading after them, before n + 1, heads
    n + 1). A paragraph printed all in bold there is a heading
    (:func:`headings_between`), never part of paragraph n."""
    found: set[int] = set()
    previous: int | None = None
    waiting: list[int] = []
    headed = False  # a heading came after paragraph ``previous``
    for index, block in enumerate(blocks):
        if isinstance(block, Numbered):
            if previous is not None and block.value == previous + 1:
                found.update(waiting)
            previous, waiting, headed = block.value, [], False
        elif isinstance(block, Heading) or (isinstance(block, Unnumbered) and block.bold):
            headed = True
        elif isinstance(block, Unnumbered) and previous is not None and not headed:
            waiting.append(index)
    return found


def headings_between(blocks: Sequence[Block]) -> set[int]:
    """The indexes of the paragraphs printed all in bold, without a number, between two
    numbered paragraphs (a bold "I" and "Children and the Sustainable Development
    Goals"; "Peace and security"): headings of the paragraph after them, where they
    are printed, never the end of the paragraph before, whatever the numbers (a gap or
    a repeat in the printing changes nothing)."""
    found: set[int] = set()
    previous: int | None = None
    waiting: list[int] = []
    for index, block in enumerate(blocks):
        if isinstance(block, Numbered):
            if previous is not None:
                found.update(waiting)
            previous, waiting = block.value, []
        elif isinstance(block, Unnumbered) and block.bold and previous is not None:
            waiting.append(index)
    return found


#: A chapter's number printed as a paragraph's number: "I.", "IV", "B.".
_CHAPTER_NUMBER = re.compile(r"(?:[IVXLC]{1,6}|[A-Z])\.?")


def chapter_heading(num: str, bold: bool) -> bool:
    """Whether a paragraph printed with ``num`` is a chapter heading: numbered "I.",
    "II." (a roman numeral or a capital) with its text all in bold ("I. **Sustainable
    development and financing for development**"), in a document adopted in the body.
    It is a heading (its number kept in its line), never an operative paragraph."""
    return bold and _CHAPTER_NUMBER.fullmatch(num.strip()) is not None


def preambular_in_body(
    lead: str,
    *,
    first: bool,
    numbered_follows: bool,
    text: str = "",
    words: Words = ENGLISH,
) -> bool:
    """Whether an unnumbered paragraph of a main body is a preambular clause: printed
    before any operative paragraph and any heading of it (``first``), with a lead
    phrase in the preamble's form ("*Having further considered* the notes ...", not an
    operative verb such as "*Adopts*" or "*Resolves*"), when numbered paragraphs follow
    (budget and Fifth Committee resolutions).

    In another language (whose verbs this tool does not list), the form is told by the
    clause's end: a preambular clause ends with the language's comma
    (:attr:`~resolution_cli.words.Words.comma`), an operative one before numbered
    paragraphs with a colon ("Adopte la déclaration suivante :", "Resuelve que, para
    2021:")."""
    if not (first and numbered_follows and lead):
        return False
    if words is not ENGLISH:
        return text.rstrip().endswith((",", words.comma))
    from resolution_cli.readers.text.leads import is_operative

    return not is_operative(lead)


# ------------------------------------------------------------------------ ids


def preambular_id(position: int, section: str | None = None) -> str:
    """``PP3``, or ``II.PP3`` in section II."""
    return f"{section}.PP{position}" if section else f"PP{position}"


def operative_ids(
    openings: Sequence[Opening],
    *,
    sectioned: bool,
    section: str | None,
    say: Say,
) -> list[str]:
    """The ids of the operative paragraphs of the resolution's top level (``section``
    None) or of one section, from how each is printed; see the module's rules.

    ``sectioned`` is kept for the callers: the rule is the same inside and outside
    sections (an id always names the paragraph printed with that number).
    """
    del sectioned
    prefix = f"{section}." if section else ""
    if not any(isinstance(o, Numbered) for o in openings):
        # none printed with a number (a resolution of one unnumbered paragraph):
        # there is no printed number to mistake OP1 for
        return [f"{prefix}OP{i}" for i in range(1, len(openings) + 1)]
    seen: Counter[str] = Counter()
    unnumbered = 0
    ids: list[str] = []
    previous: Numbered | None = None
    for opening in openings:
        if not isinstance(opening, Numbered):
            unnumbered += 1
            ids.append(f"{prefix}{UNNUMBERED}{unnumbered}")
            continue
        cid = f"{prefix}OP{opening.value}"
        expected = 1 if previous is None else previous.value + 1
        seen[cid] += 1
        if seen[cid] == 1 and opening.value != expected:
            # a gap or a step back in the printing: the id stays the printed number
            after = f"after {previous.number}." if previous else "first"
            say(
                opening.line,
                f"paragraph {opening.number}. is printed {after}; its id is {cid}, as printed",
            )
        previous = opening
        if seen[cid] > 1:
            unique = f"{cid}_{seen[cid]}"
            where = f" in section {section}" if section else ""
            say(
                opening.line,
                f"paragraph {opening.number}. is printed again{where}; this paragraph is {unique}",
            )
            cid = unique
        ids.append(cid)
    return ids


#: The id of the k-th operative paragraph printed without a number (after a prefix
#: "II." in a section): ``OP.u1``, ``OP.u2``; never mistaken for a printed number.
UNNUMBERED = "OP.u"


def follows_printed(cid: str, num: str | None) -> bool:
    """Whether an operative id follows how its paragraph is printed: ``OPn`` (``OPn_2``)
    for a paragraph printed "n." (Arabic "n -"), ``OP.uk`` for one printed without a
    number."""
    leaf = cid.rpartition("OP")[2]
    if num is None:
        return re.fullmatch(r"\.u\d+|\d+", leaf) is not None
    digits = re.search(r"\d+", num)  # Arabic-Indic digits too ("٩ -" is 9)
    printed = str(int(digits.group())) if digits else num.rstrip(".")
    return re.fullmatch(re.escape(printed) + r"(?:_\d+)?", leaf) is not None


def annex_keys(labels: Sequence[AnnexLabel], outer: str | None, say: Say) -> list[tuple[str, str]]:
    """The (number, key) of annexes printed side by side, of the resolution (``outer``
    None) or inside the annex ``outer``; see the module's rules."""
    used: set[str] = set()
    found: list[tuple[str, str]] = []
    for position, label in enumerate(labels, 1):
        num = label.num
        key = num if outer is None else f"{outer}.{label.word}{num}"
        if key in used:
            say(
                label.line,
                f"a second annex labelled {label.text!r}; it is numbered by its position, "
                f"{position}",
            )
            num = str(position)
            key = num if outer is None else f"{outer}.{label.word}{num}"
        used.add(key)
        found.append((num, key))
    return found


def starts_next_annex(word: str, first: str) -> bool:
    """Whether a label with ``word`` starts the next annex (the word of the label that
    opened the annexes, "Annex") or an annex inside the current one ("Appendix")."""
    return word.casefold() == first.casefold()


def annex_title(blocks: Sequence[Block], printed: Forms | None = None) -> int:
    """How many of the blocks after an annex's label are its title: the headings up to
    a paragraph, a numbered heading, an article heading or a division heading (in the
    language of ``printed``; English by default)."""
    printed = printed or forms(ENGLISH)
    count = 0
    for block in blocks:
        if not isinstance(block, Heading) or block.numbered:
            break
        if printed.article.match(block.text) or printed.is_division(block.text):
            break
        count += 1
    return count


def annex_preamble(blocks: Sequence[Block], printed: Forms | None = None) -> int:
    """How many of the blocks after an annex's title are its own preamble: the
    unnumbered paragraphs before any heading ("Recalling ...", "Have agreed as
    follows:"), when numbered paragraphs or articles follow; else none."""
    count = 0
    for block in blocks:
        if not isinstance(block, Unnumbered | SubParagraph):
            break
        if isinstance(block, Unnumbered) and block.own:
            break
        count += 1
    later = blocks[count:]
    article = (printed or forms(ENGLISH)).article
    if count and any(
        isinstance(b, Numbered) or (isinstance(b, Heading) and article.match(b.text)) for b in later
    ):
        return count
    return 0


def annex_preambular_id(key: str, position: int) -> str:
    """``annexII.PP3``: the third clause of annex II's own preamble."""
    return f"annex{key}.PP{position}"


def annex_ids(
    openings: Sequence[Opening],
    articles: Sequence[str | None],
    key: str,
    say: Say,
) -> list[str]:
    """The ids of an annex's paragraphs, each printed in the article of ``articles``
    (None: outside any); see the module's rules."""
    prefix = f"annex{key}"
    per_article = Counter(articles)
    unnumbered: Counter[str | None] = Counter()
    seen: Counter[str] = Counter()
    ids: list[str] = []
    for opening, article in zip(openings, articles, strict=True):
        base = prefix if article is None else f"{prefix}.art{article}"
        if isinstance(opening, Numbered):
            cid = f"{base}.{opening.value}"
        elif article is not None and per_article[article] == 1:
            cid = base
        else:
            unnumbered[article] += 1
            cid = f"{base}.u{unnumbered[article]}"
        seen[cid] += 1
        if seen[cid] > 1:
            unique = f"{cid}_{seen[cid]}"
            say(
                opening.line,
                f"{cid} is printed again in the same annex; this paragraph is {unique}",
            )
            cid = unique
        ids.append(cid)
    return ids


# ------------------------------------------------------------ heading placement


class Draft(Protocol):
    """A clause as a reader builds it: the assembler needs only how it is printed."""

    def opening(self) -> Opening: ...


D = TypeVar("D", bound=Draft)

#: Builds a clause: (draft, part, position, section number or None, id) -> Clause.
Build = Callable[[D, Part, int, str | None, str], Clause]


@dataclass
class Level(Generic[D]):
    """The clauses of the top level (``num`` None) or of one section, as read."""

    num: str | None
    line: int = 0
    heading: list[str] = field(default_factory=list)
    clauses: dict[Part, list[D]] = field(
        default_factory=lambda: {Part.PREAMBULAR: [], Part.OPERATIVE: []}
    )
    part: Part = Part.PREAMBULAR  # the part being read (the text reader's state)

    @property
    def preamble(self) -> list[D]:
        return self.clauses[Part.PREAMBULAR]

    @property
    def operative(self) -> list[D]:
        return self.clauses[Part.OPERATIVE]

    def empty(self) -> bool:
        return not self.preamble and not self.operative

    def last(self) -> D | None:
        """The clause printed last: the last operative one, else the last preambular."""
        if self.operative:
            return self.operative[-1]
        return self.preamble[-1] if self.preamble else None


class Outline(Generic[D]):
    """The levels of a resolution (its top level, then its sections) and the headings
    waiting for a clause, as a reader reads them in printed order; see the module's
    rules of heading placement."""

    def __init__(self) -> None:
        self.levels: list[Level[D]] = [Level(None)]
        self.pending: list[str] = []  # headings waiting for the next clause
        self.pending_line = 0  # the line of the last of them

    @property
    def current(self) -> Level[D]:
        """The level being read: the last section opened, or the top level."""
        return self.levels[-1]

    @property
    def sections(self) -> list[Level[D]]:
        return self.levels[1:]

    def hold(self, text: str, line: int) -> None:
        """A heading line (or text held as one): before a section's first clause, a line
        of the section's heading; otherwise it waits for the next clause."""
        section = self.current
        if section.num is not None and section.empty() and not self.pending:
            section.heading.append(text)
            return
        self.pending.append(text)
        self.pending_line = line

    def open_section(self, num: str, lines: list[str], line: int) -> Level[D]:
        """Open section ``num``: the headings waiting and ``lines`` are its heading."""
        level: Level[D] = Level(num, line, heading=self.pending + lines)
        self.pending = []
        self.levels.append(level)
        return level

    def take_headings(self) -> list[str]:
        """The headings of a clause about to be added: those waiting, except that before
        a section's first clause they join the section's heading."""
        section = self.current
        if section.num is not None and self.pending and section.empty():
            section.heading += self.pending
            self.pending = []
        taken, self.pending = self.pending, []
        return taken

    def sub_headings(self) -> list[str]:
        """The headings of a sub-paragraph about to be placed: those waiting were printed
        inside the run of its clause's sub-paragraphs ("32. ... commit to the following:",
        "A. Build economic resilience", "(a) ..."), so they head that sub-paragraph, where
        they are printed, never the clause after the run."""
        taken, self.pending = self.pending, []
        return taken

    def add(self, part: Part, draft: D) -> None:
        self.current.clauses[part].append(draft)

    def finish(self, append: Callable[[D, str], None], say: Say) -> None:
        """Place the headings printed after the last paragraph: a section without a
        clause takes them as its heading; otherwise they are kept as text, passed to
        ``append`` with the clause printed last, and named in a warning."""
        section = self.current
        if self.pending and section.num is not None and section.empty():
            section.heading += self.pending
            self.pending = []
        if self.pending:
            say(
                self.pending_line,
                "headings after the last paragraph kept as text after it: "
                + "; ".join(self.pending),
            )
            text = " ".join(self.pending)
            self.pending = []
            last = section.last()
            if last is not None:
                append(last, text)
        used: set[str] = set()
        for position, level in enumerate(self.sections, 1):
            if (level.num or "").casefold() in used:
                say(
                    level.line,
                    f"a second section numbered {level.num!r}; it is numbered by its "
                    f"position, {position}",
                )
                level.num = str(position)
            used.add((level.num or "").casefold())

    def build(
        self, clause: Build[D], say: Say
    ) -> tuple[tuple[Clause, ...], tuple[Clause, ...], tuple[Section, ...]]:
        """The preamble, operative part and sections, their ids by the rules above (call
        :meth:`finish` first)."""
        sectioned = len(self.levels) > 1
        top = self.levels[0]
        preamble = tuple(
            clause(d, Part.PREAMBULAR, i, None, preambular_id(i))
            for i, d in enumerate(top.preamble, 1)
        )
        # a document adopted in the body that prints no italics: the lexicon's leads
        operative = with_inferred_body_leads(self.operative(top, clause, sectioned, say))
        sections = tuple(
            Section(
                num=level.num or "",
                heading=tuple(level.heading),
                preamble=tuple(
                    clause(d, Part.PREAMBULAR, i, level.num, preambular_id(i, level.num))
                    for i, d in enumerate(level.preamble, 1)
                ),
                operative=self.operative(level, clause, True, say),
            )
            for level in self.sections
        )
        return preamble, operative, sections

    @staticmethod
    def operative(
        level: Level[D], clause: Build[D], sectioned: bool, say: Say
    ) -> tuple[Clause, ...]:
        drafts = level.operative
        ids = operative_ids(
            [d.opening() for d in drafts], sectioned=sectioned, section=level.num, say=say
        )
        return tuple(
            clause(draft, Part.OPERATIVE, index, level.num, ids[index - 1])
            for index, draft in enumerate(drafts, 1)
        )
