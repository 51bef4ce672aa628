"""Paragraph references (REFs) as the UN cites them: parsed and resolved to clauses.

Words, one meaning each across the code: a *REF* (``ref``) names paragraphs of the
resolution at hand, as ``show``/``list``/``grep`` take it (this module); a
*reference* is a document a resolution names in its text, what ``resolution refs``
lists (:mod:`resolution_cli.references`); a *citation* is a resolution citing a
document through such a reference, as the corpus indexes it (``cited-by``,
:mod:`resolution_cli.corpus.citations`); a footnote is *marked* in clauses
(:func:`resolution_cli.query.footnote_clauses`).

One REF argument is a comma list of pieces. A piece is compact or written:

=============================  =================================================
compact                        written (any case; ``-`` or an en dash in ranges)
=============================  =================================================
``PP3``, ``OP2``, ``2``        ``para. 2``, ``paragraph 2``, ``preambular para. 3``
``PP1-PP4``, ``OP1-3``         ``paras. 1-3``
``II.OP5``, ``II.5``           ``sect. II, para. 5``, ``section II, paragraph 5``
``II.PP1``                     ``sect. II, preambular para. 1``
``II.OP1-3``, ``II.OP1-II.OP3``  ``sect. II, paras. 1-3``, ``sect. II, paras. 1–3``
``II``                         ``sect. II``, ``section II``: the whole section
``annex``, ``annexII``         ``annex``, ``annex II``: the whole annex
``annex.12``, ``annexII.3``    ``annex, para. 12``, ``annex II, para. 3``
``annex.art5``                 ``annex, article 5``, ``annex, art. 5``: all of article 5
``annex.art5.2``               ``annex, art. 5, para. 2``
``annex.art5-art7``            ``annex, arts. 5-7``
``annexIII.art3``              ``annex III, rule 3`` (a rule of procedure is an article)
``annexIII.art3.1``            ``annex III, rule 3, para. 1``
``annexIII.art3-art5``         ``annex III, rules 3-5``
``annex.PP1``                  (an annex's own preamble)
``annexI.appendix.3``          ``annex I, appendix, para. 3``
``chap.II``                    ``chap. II``, ``chapter II``: the paragraphs under a
                               chapter heading "II. ..." (a document adopted in
                               the body), up to the next chapter heading
=============================  =================================================

Every form a person types for these is read the same: any case and spacing; an
abbreviation with or without its full stop (``para 2``, ``paras 1-3``, ``art 5``,
``sect II``); singular or plural (``para 1-3``, ``paragraphs 2``); ``operative``
before a paragraph (``operative paragraph 2`` is ``OP2``); ``to`` or a dash in a
range; a compact id written apart or with a dot (``PP 3``, ``OP.2``, ``II.OP 5``);
no comma between a section or annex and its paragraph (``sect II para 5``); and a
full stop, comma or semicolon closing the argument (``para. 2,``).

A comma splits two pieces only where a written piece cannot be going on:
``"sect. II, para. 5"`` is one piece, ``"sect. II, para. 5, OP3"`` two; after
``paras. 3`` a bare number (``"sect. II, paras. 3, 5"``) stays in section II.

A range stays in one part of one section or annex; its end may be written in
full (``II.OP3``) or by its last part (``3``, ``OP3``). Resolution of a REF against
a resolution: ids are compared in any case; in a sectioned resolution a bare
``OP5`` that is not a clause outside the sections is an error naming the sections
and showing how to cite one. In a resolution without sections or annexes every
message is the one this tool always printed (``OP9 does not exist; expected one
of PP1-PP16 or OP1-OP4``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from resolution_cli.errors import RefError

if TYPE_CHECKING:
    from resolution_cli.model import Clause, Resolution

__all__ = ["MAX_REFS", "select"]

#: The most references one command accepts.
MAX_REFS = 100_000

_LEGACY = re.compile(r"(?i)(pp|op)?(\d+)")
_DASHES = str.maketrans({"–": "-", "—": "-", "\u2011": "-", "\u2212": "-"})
_SECT = re.compile(r"(?i)sect(?:ions?|s?\.?)?\s*([a-z0-9]+)")
_ANNEX = re.compile(r"(?i)annex(?:\s*([a-z0-9]+))?")
_SUB = re.compile(r"(?i)(appendix|attachment|enclosure|annex)(?:\s*([a-z0-9]+))?")
_ART = re.compile(r"(?i)(?:arts?\.?|articles?|rules?)\s*(\d+\w*)(?:\s*(?:-|to)\s*(\d+\w*))?")
_PARA = re.compile(
    r"(?i)(?:(preambular|operative)\s*)?(?:paras?\.?|paragraphs?)\s*(\d+)"
    r"(?:\s*(?:-|to)\s*(\d+))?((?:\s*(?:,\s*)?and\s*\d+)*)"
)
_BARE = re.compile(r"(?i)(?:and\s*)?(\d+)(?:\s*(?:-|to)\s*(\d+))?((?:\s*(?:,\s*)?and\s*\d+)*)")
#: ``PP 3``, ``OP.2``, ``op. 2``, ``II.OP 5``: a compact id's prefix, written apart.
_APART = re.compile(r"(?i)\b(pp|op)\s*\.?\s*(?=\d)")
#: ``sect II para 5``, ``annex II art 5 para 2``: the comma a person leaves out.
_NO_COMMA = re.compile(
    r"(?i)\b((?:sect(?:ions?|s?\.?)?|annex|appendix|arts?\.?|articles?|rules?)\s*[a-z0-9]*)\s+"
    r"(?=(?:preambular\s+|operative\s+)?(?:paras?\b|paragraphs?\b|arts?\b|articles?\b|rules?\b"
    r"|appendix\b|attachment\b|enclosure\b))"
)
#: What may close an argument: ``para. 2,`` ``OP2.`` ``PP3;``.
_CLOSING = re.compile(r"[\s,;.]+$")
_LEAF = re.compile(r"(?i)(pp|op|art|u)?(\d+\w*)")
_ROMAN = re.compile(r"(?i)[ivxlcdm]+")
#: ``chap. II``, ``chapter II``, ``chap II``: a chapter of a document adopted in the body.
_CHAP = re.compile(r"(?i)chap(?:ters?|s?\.?)?\s*\.?\s*([ivxlc]{1,6}|[a-z])")
#: A chapter heading line: "II. International peace and security".
_CHAPTER_LINE = re.compile(r"([IVXLC]{1,6}|[A-Z])\.\s+\S")


@dataclass
class _Written:
    """A written piece being read: ``sect. II, para. 5`` or ``annex I, art. 5, para. 2``."""

    source: str
    section: str | None = None
    annex: str | None = None  # the compact prefix, e.g. "annexI" or "annexI.appendix"
    article: str | None = None
    paras: bool = False  # a 'paras.' was read: a bare number goes on
    #: What it names so far: (kind prefix "PP" or "", "first[-last]") for each number read.
    targets: list[tuple[str, str]] = field(default_factory=list)


def select(refs: Iterable[str], resolution: Resolution) -> tuple[Clause, ...]:
    """The clauses named by ``refs``, once each, in document order.

    Raises :class:`RefError` naming the bad reference and the valid ones.
    """
    index = _Index(resolution)
    wanted: set[int] = set()
    seen = 0
    for ref in refs:
        for compact, written in _pieces(ref):
            seen += 1
            if seen > MAX_REFS:
                raise RefError(f"too many paragraph references (more than {MAX_REFS})")
            wanted.update(index.resolve(compact, written))
    return tuple(clause for i, clause in enumerate(index.clauses) if i in wanted)


# -- splitting an argument into pieces -------------------------------------


def _pieces(ref: str) -> Iterator[tuple[str, str]]:
    """(compact form, as written) for each piece of one REF argument."""
    pending: _Written | None = None
    closed = _CLOSING.sub("", ref)
    if closed.strip():
        ref = _NO_COMMA.sub(r"\1, ", _APART.sub(r"\1", closed.translate(_DASHES)))
    for raw in ref.split(","):
        piece = " ".join(raw.translate(_DASHES).split())
        if pending is not None and _continues(pending, piece):
            pending.source += "," + raw
            continue
        if pending is not None:
            yield from _finish(pending)
            pending = None
        sect = _SECT.fullmatch(piece)
        annex = _ANNEX.fullmatch(piece)
        chap = _CHAP.fullmatch(piece)
        if chap is not None:
            yield f"chap.{chap.group(1).upper()}", raw.strip()
        elif sect is not None and not _LEGACY.fullmatch(piece):
            pending = _Written(raw, section=sect.group(1))
        elif annex is not None:
            pending = _Written(raw, annex="annex" + (annex.group(1) or ""))
        elif _PARA.fullmatch(piece) or _ART.fullmatch(piece):
            pending = _Written("")
            _continues(pending, piece)
            pending.source = raw
        else:
            yield piece, raw.strip()
    if pending is not None:
        yield from _finish(pending)


def _continues(written: _Written, piece: str) -> bool:
    """Read ``piece`` into ``written`` if it carries the piece on; else False."""
    para = _PARA.fullmatch(piece)
    if para is not None and not written.paras:
        part, first, last, more = para.groups()
        written.paras = True
        _add(written, "PP" if part and part.lower() == "preambular" else "", first, last, more)
        return True
    bare = _BARE.fullmatch(piece)
    if bare is not None and written.paras:
        first, last, more = bare.groups()
        _add(written, "PP" if _last_kind(written) == "PP" else "", first, last, more)
        return True
    if written.paras:
        return False
    art = _ART.fullmatch(piece)
    if art is not None and written.article is None and written.section is None:
        written.article = art.group(1) if art.group(2) is None else f"{art.group(1)}-{art.group(2)}"
        return True
    sub = _SUB.fullmatch(piece)
    if sub is not None and written.annex is not None and written.article is None:
        written.annex += "." + sub.group(1).lower() + (sub.group(2) or "")
        return True
    return False


def _add(written: _Written, kind: str, first: str, last: str | None, more: str) -> None:
    written.targets.append((kind, f"{first}-{last}" if last else first))
    written.targets += [(kind, number) for number in re.findall(r"\d+", more or "")]


def _last_kind(written: _Written) -> str:
    return written.targets[-1][0] if written.targets else ""


def _finish(written: _Written) -> Iterator[tuple[str, str]]:
    """The compact pieces a written one stands for."""
    source = written.source.strip()
    targets = written.targets
    if written.section is not None:
        prefix = f"{written.section}."
        if not targets:
            yield written.section, source
        for kind, numbers in targets:
            yield _ranged(prefix + (kind or "OP"), numbers), source
        return
    if written.annex is not None:
        prefix = written.annex + "."
        if written.article is not None:
            first, _, last = written.article.partition("-")
            if not targets:
                end = f"-{prefix}art{last}" if last else ""
                yield f"{prefix}art{first}{end}", source
                return
            prefix += f"art{first}."
        if not targets:
            yield written.annex, source
        for kind, numbers in targets:
            yield _ranged(prefix + kind, numbers), source
        return
    for kind, numbers in targets:  # 'para. 5' alone: the resolution's own paragraphs
        yield _ranged(kind or "OP", numbers), source
    if not targets:  # 'art. 5' with no annex: not a piece (the resolver says so)
        yield " ".join(source.split()), source


def _ranged(prefix: str, numbers: str) -> str:
    first, _, last = numbers.partition("-")
    return f"{prefix}{first}-{prefix}{last}" if last else f"{prefix}{first}"


# -- resolving compact pieces -----------------------------------------------


class _Index:
    """The clauses of a resolution, looked up by id, section, annex and article."""

    def __init__(self, resolution: Resolution) -> None:
        self.resolution = resolution
        self.clauses = resolution.clauses
        self.by_id = {c.id.casefold(): i for i, c in enumerate(self.clauses)}
        self.sections = {s.num.casefold(): s.num for s in resolution.sections}
        self.annexes: dict[str, str] = {}  # "annexii" -> "II", "annex" -> ""
        for clause in self.clauses:
            if clause.annex is not None:
                self.annexes.setdefault(("annex" + clause.annex).casefold(), clause.annex)
        for annex in resolution.annexes:
            self.annexes.setdefault(("annex" + annex.num).casefold(), annex.num)
        # ids by position (OPn is the n-th): a bare number is looked up by position;
        # else (ids by printed number, 'OP.u1') by id
        positional = all(c.id == f"OP{i}" for i, c in enumerate(resolution.operative, 1))
        self.plain = not resolution.sections and not self.annexes and positional

    # The messages -------------------------------------------------------------

    def valid(self, section: str | None = None) -> str:
        """The valid ids, as runs: 'PP1-PP16 or OP1-OP4' (of one section if named)."""
        if self.plain:
            counts = {"PP": len(self.resolution.preamble), "OP": len(self.resolution.operative)}
            runs = [f"{prefix}1-{prefix}{n}" for prefix, n in counts.items() if n]
        else:
            # one run per part of a section or annex; its unnumbered ids (annex.u1) apart
            spans: dict[tuple[object, ...], list[str]] = {}
            for clause in self.clauses:
                if section is not None and (clause.section != section or clause.annex):
                    continue
                unnumbered = re.fullmatch(r"u\d+", clause.id.rpartition(".")[2]) is not None
                span = spans.setdefault((clause.section, clause.annex, clause.part, unnumbered), [])
                span[:] = [span[0] if span else clause.id, clause.id]
            runs = [first if first == last else f"{first}-{last}" for first, last in spans.values()]
        if not runs:
            return "nothing (this resolution has no clauses)"
        return runs[0] if len(runs) == 1 else ", ".join(runs[:-1]) + " or " + runs[-1]

    def sections_error(self, written: str, number: str) -> RefError:
        """A bare OPn in a sectioned resolution: name the sections, show how to cite.

        The example is the first section that has a paragraph n (else the second).
        """
        nums = [s.num for s in self.resolution.sections]
        if len(nums) > 6:
            listed = f"{len(nums)} sections, {nums[0]} to {nums[-1]}"
        else:
            listed = "sections " + (
                ", ".join(nums[:-1]) + " and " + nums[-1] if len(nums) > 1 else nums[0]
            )
        having = [n for n in nums if f"{n}.op{number}".casefold() in self.by_id]
        example = having[0] if having else nums[min(1, len(nums) - 1)]
        return RefError(
            f"{written!r}: {self.resolution.symbol or 'this resolution'} is divided into "
            f"{listed}; cite a paragraph as {example}.OP{number} or "
            f'"sect. {example}, para. {number}"'
        )

    def unknown(self, ref: str, written: str = "", section: str | None = None) -> RefError:
        named = ref if written in ("", ref) else f"'{written}' ({ref})"
        return RefError(f"{named} does not exist; expected one of {self.valid(section)}")

    # Resolution ---------------------------------------------------------------

    def resolve(self, compact: str, written: str) -> list[int]:
        """The positions of the clauses one compact piece names."""
        text = compact.strip()
        if not text:
            raise RefError(f"empty paragraph reference; expected one of {self.valid()}")
        if self.plain and _LEGACY.fullmatch(text.partition("-")[0].strip()):
            return self._legacy(text, written)
        start_text, dash, end_text = text.partition("-")
        start = self._group(start_text.strip(), written)
        if not dash:
            return start
        if not end_text.strip():
            raise RefError(f"'{written}' is not a range; expected e.g. II.OP1-II.OP3 or II.OP1-3")
        end = self._group(self._end_ref(start_text.strip(), end_text.strip()), written)
        first, last = start[0], end[-1]
        a, b = self.clauses[first], self.clauses[last]
        if (a.section, a.annex) != (b.section, b.annex):
            raise RefError(f"'{written}' leaves its section or annex; a range stays in one")
        if a.part is not b.part:
            raise RefError(f"'{written}' spans two parts; a range stays in one part")
        if last < first:
            raise RefError(f"'{written}' is a reversed range; write its first paragraph first")
        return list(range(first, last + 1))

    def _end_ref(self, start: str, end: str) -> str:
        """The end of a range written in full: 'II.OP1-3' ends at 'II.OP3'."""
        if "." not in start:
            legacy = _LEGACY.fullmatch(start)
            if end.isdigit() and legacy is not None:
                return (legacy.group(1) or "OP") + end
            return end
        if "." in end or end.casefold().startswith("annex"):
            return end
        head, _, leaf = start.rpartition(".")
        kind = _LEAF.fullmatch(leaf)
        if end.isdigit() and kind is not None and kind.group(1):
            return f"{head}.{kind.group(1)}{end}"
        return f"{head}.{end}"

    def _group(self, ref: str, written: str) -> list[int]:
        """The positions one compact ref without a range names (a clause, or a group)."""
        legacy = _LEGACY.fullmatch(ref)
        if legacy is not None:  # '2' is 'OP2'
            ref = (legacy.group(1) or "OP").upper() + legacy.group(2)
        key = ref.casefold()
        if key in self.by_id:
            index = self.by_id[key]
            clause = self.clauses[index]
            if clause.annex is not None and clause.article is not None and "art" in key:
                article = self._article(clause.annex, clause.article)
                if key.endswith(f"art{clause.article.casefold()}"):
                    return article  # 'annex.art5' is the whole of article 5
            return [index]
        if legacy is not None:
            if self.resolution.sections and (legacy.group(1) or "op").casefold() == "op":
                raise self.sections_error(written, legacy.group(2))
            raise self.unknown(ref, written)
        if key.startswith("chap."):
            return self._chapter(ref.partition(".")[2], written)
        if key in self.sections:
            num = self.sections[key]
            return [i for i, c in enumerate(self.clauses) if c.section == num and c.annex is None]
        head, dot, leaf = key.partition(".")
        if head in self.sections and dot:
            leaf_match = _LEAF.fullmatch(leaf)
            if leaf_match is not None and leaf_match.group(1) in (None, ""):
                return self._group(f"{self.sections[head]}.OP{leaf}", written)
            raise self.unknown(ref, written, self.sections[head])
        if key.startswith("annex"):
            return self._annex(key, ref, written)
        if head == "op" and dot:  # 'OP.u1', an unnumbered paragraph this one lacks
            raise self.unknown(ref, written)
        cites_a_section = bool((dot and _LEAF.fullmatch(leaf)) or _SECT.match(written))
        if not self.resolution.sections and head.isalpha() and cites_a_section:
            raise RefError(f"'{written}': this resolution has no sections")
        if self.resolution.sections and not dot and _ROMAN.fullmatch(key):
            cites_a_section = True  # 'XXVII' alone: a section that is not there
        if self.resolution.sections and head.isalnum() and cites_a_section:
            nums = [s.num for s in self.resolution.sections]
            listed = ", ".join(nums[:-1]) + " and " + nums[-1] if len(nums) > 1 else nums[0]
            raise RefError(
                f"'{written}': there is no section {ref.partition('.')[0]}; "
                f"the sections are {listed}"
            )
        raise RefError(f"'{written}' is not a paragraph reference; expected one of {self.valid()}")

    def _annex(self, key: str, ref: str, written: str) -> list[int]:
        """An annex, an article of it, or one of its paragraphs (not an id)."""
        annex_key, _, rest = key.partition(".")
        path = [annex_key]
        leafs = rest.split(".") if rest else []
        while leafs and not _LEAF.fullmatch(leafs[0]):
            path.append(leafs.pop(0))
        name = ".".join(path)
        if name not in self.annexes and name == "annex" and len(self.annexes) == 1:
            name = next(iter(self.annexes))  # a lone 'Annex I' may be cited as 'annex'
        if name not in self.annexes:
            raise self._no_annex(written)
        num = self.annexes[name]
        if not leafs:
            return [
                i
                for i, c in enumerate(self.clauses)
                if c.annex is not None and (c.annex == num or c.annex.startswith(num + "."))
            ]
        art = re.fullmatch(r"art(\w+)", leafs[0])
        if art is not None and len(leafs) == 1:
            found = self._article_named(num, art.group(1))
            if found:
                return found
        raise self.unknown(ref, written)

    def _chapter(self, number: str, written: str) -> list[int]:
        """The clauses under the chapter heading "II. ..." up to the next chapter heading
        (or the end of its section or annex)."""
        found: list[int] = []
        where: tuple[str | None, str | None] | None = None
        for index, clause in enumerate(self.clauses):
            chapters = [m.group(1) for h in clause.headings if (m := _CHAPTER_LINE.match(h))]
            if found and (chapters or (clause.section, clause.annex) != where):
                break
            if chapters and chapters[-1].casefold() == number.casefold():
                where = (clause.section, clause.annex)
            if where is not None:
                found.append(index)
        if not found:
            raise RefError(f"'{written}': this resolution has no chapter {number}")
        return found

    def _article(self, annex: str, article: str) -> list[int]:
        return [i for i, c in enumerate(self.clauses) if c.annex == annex and c.article == article]

    def _article_named(self, annex: str, article: str) -> list[int]:
        return [
            i
            for i, c in enumerate(self.clauses)
            if c.annex == annex and c.article is not None and c.article.casefold() == article
        ]

    def _no_annex(self, written: str) -> RefError:
        if not self.annexes:
            return RefError(f"'{written}': this resolution has no annex")
        labels = sorted("annex" + num for num in self.annexes.values())
        listed = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]
        return RefError(f"'{written}' names no annex of this resolution; its annexes are {listed}")

    def _legacy(self, token: str, written: str) -> list[int]:
        """PP3, 2, PP1-PP4, OP1-3 in a resolution without sections or annexes (as always)."""
        counts = {"PP": len(self.resolution.preamble), "OP": len(self.resolution.operative)}
        valid = self.valid()
        start_text, dash, end_text = token.partition("-")
        first = _LEGACY.fullmatch(start_text.strip())
        assert first is not None
        prefix = (first.group(1) or "OP").upper()
        start = end = int(first.group(2))
        if dash:
            last = _LEGACY.fullmatch(end_text.strip())
            if last is None:
                raise RefError(
                    f"'{written}' is not a range; expected e.g. {prefix}1-{prefix}3 or {prefix}1-3"
                )
            if (last.group(1) or prefix).upper() != prefix:
                raise RefError(
                    f"'{written}' spans two parts; a range stays in one part "
                    f"(write e.g. PP1-PP{counts['PP']},OP1-OP2)"
                )
            end = int(last.group(2))
            if end < start:
                raise RefError(
                    f"'{written}' is a reversed range; write {prefix}{end}-{prefix}{start}"
                )
        for number in (start, end):
            if not 1 <= number <= counts[prefix]:
                raise RefError(f"{prefix}{number} does not exist; expected one of {valid}")
        offset = 0 if prefix == "PP" else counts["PP"]
        return list(range(offset + start - 1, offset + end))
