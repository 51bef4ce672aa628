"""The grammar of United Nations document symbols: parse one, or find every one in a text.

Pure Python (stdlib ``re`` and ``dataclasses``), light to import.

A document symbol is a series of components separated by ``/``: an organ or series
(``A``, ``S``, ``E``, ``ST``, ``CRC/C``, ``TD``, ``UNEP``, ``NPT`` ...), subsidiary bodies
(``C.3``, ``AC.109``, ``CN.4``, ``CONF.234``, ``HRC``, ``WG.2``, ``PC.I`` ...), a session or a
year (``75``, ``S-13``, ``ES-11``, ``2017``), a document type (``RES``, ``L.72``, ``PV.59``,
``SR.3``, ``INF``, ``CRP.1``, ``WP.13``, ``PRST`` ...) and a number, followed by a
parenthesised qualifier (``(Sect. 26)``, ``(Part I)``, ``(Vol. II)``, ``(Parts I and II)``) and
chainable suffixes (``/Add.1``, ``/Corr.2``, ``/Rev.1``, ``/Amend.1``, ``/Summary``).

Forms recognised
----------------
- full symbols: ``A/RES/72/7``, ``A/75/L.72/Add.1``, ``A/C.6/69/SR.24``, ``S/2007/279``,
  ``E/CN.4/1998/53/Add.2``, ``ST/SGB/2013/4/Amend.1``, ``A/75/6 (Sect. 29A)/Corr.1`` ...;
- old-style resolutions: ``A/RES/217 (III)``, ``A/RES/217 A (III)``, ``S/RES/1440 (2002)``;
- special and emergency sessions: ``A/RES/S-13/2``, ``A/RES/ES-11/1``, ``A/ES-10/273``;
- joint symbols ``A/71/982-S/2017/600`` (hyphen, en dash or non-breaking hyphen);
- in running text, resolution and decision numbers introduced by ``resolution(s)`` or
  ``decision(s)`` (any case), including lists: ``resolution 72/7``, ``Resolution 60/288``,
  ``resolutions 53/243 A and B``, ``resolutions 65/188 of 21 December 2010 and 72/179``,
  ``resolution 217 A (III)``, ``resolutions 3201 (S-VI) and 3202 (S-VI)``,
  ``Security Council resolution 1325 (2000)``, ``Human Rights Council resolution 32/19``,
  ``Economic and Social Council resolution 2019/33``, ``Environment Assembly resolution 4/1``.

The rule for bare numbers: in running text, ``72/7`` is a reference only when introduced by
``resolution(s)``/``decision(s)`` (or French ``résolution(s)``/``décision(s)``, Spanish
``resolución``, Russian ``резолюция``/``решение``, Arabic ``قرار``/``مقرر`` with their clitics
and endings, Chinese ``第…号决议``/``第…号决定`` around the numbers), directly or as a
later item of the list so introduced (items are separated by ``,``, ``;``, ``and``, ``as well
as`` ..., at most 300 characters apart, with no other keyword between). The organ named just
before the keyword decides the series: ``Security Council`` -> ``S/RES``, ``Human Rights
Council`` -> ``A/HRC/RES``, ``Economic and Social Council`` -> ``E/RES``, ``Commission on Human
Rights`` -> ``E/CN.4/RES``, ``Environment Assembly`` -> ``UNEP/EA.n/Res.m``; ``its`` or
``General Assembly`` -> the General Assembly; failing those, the last of these organs named
earlier in the same clause (up to a ``;``); else the General Assembly. The number's shape
overrides a misfit: ``NNNN (YYYY)`` is always a Security Council resolution, ``YYYY/N`` an
Economic and Social Council one (or the Commission on Human Rights'), ``NN/N`` with a session
above 50 is never a Human Rights Council one. A number adopted by another body (``Commission
on Population and Development resolution 2006/2``) is not reported. A whole string given to
:func:`parse_symbol` is read as if introduced by ``resolution``: a bare ``"72/7"`` is
``A/RES/72/7``. The resolution's own number in its header (``75/272.``) is no reference:
callers do not pass it. Dates (``13/06/2017``, ``2021-04-16``), ``COVID-19``, page and article
numbers, ``A/C`` or ``A/C.3`` alone, Roman-numbered decisions of other bodies (``IX/16``) are
never symbols. ``Supplement No. 49 (A/75/49), vol. I`` names ``A/75/49 (Vol. I)``, as the
UN's own links do (the span stays ``A/75/49``).

Normalized form and URL
-----------------------
``Symbol.normalized`` is the symbol in the UN's printed style: components as printed,
suffix names capitalised (``Add.``, ``Corr.``, ``Rev.``, ``Amend.``), old-style and
qualifier parts with one space (``A/RES/217 A (III)``, ``S/RES/1440 (2002)``,
``A/75/6 (Sect. 26)``), part letters after one space (``A/RES/53/243 B``).
``Symbol.document`` is the same without part letters (``A/RES/53/243``, ``A/RES/217 (III)``).
``Symbol.url`` is ``https://undocs.org/en/`` followed by ``normalized`` with every space
removed: ``https://undocs.org/en/A/RES/217A(III)``. That is the form the UN itself uses in the
links of its AKN4UN editions (``A/RES/1514(XV)``, ``S/RES/350(1974)``, ``A/RES/50/221B``,
``A/75/6(Sect.26)``), and it needs no escaping in a terminal hyperlink or in markdown.

Joint symbols
-------------
A joint symbol is one :class:`Symbol` of kind ``"joint document"`` whose ``normalized`` is the
joint form with a hyphen (``A/71/982-S/2017/600``), whose ``parts`` holds the Symbol of each
part, and whose ``url`` is the url of its first part. ``SymbolMatch.symbols`` lists the
symbols a match names (one joint symbol counts as one); :meth:`Symbol.flat` yields a symbol and
its parts.

Kinds
-----
``GA resolution``, ``GA decision``, ``GA draft`` (``A/.../L.n``), ``GA document``,
``meeting record`` (``PV.n``, ``SR.n``, any organ), ``SC resolution``,
``SC presidential statement``, ``SC document``, ``ECOSOC resolution``, ``ECOSOC decision``,
``ECOSOC document``, ``HRC resolution``, ``HRC decision``, ``HRC document``,
``Secretariat document`` (``ST/...``), ``other resolution`` (a resolution of another body,
e.g. ``UNEP/EA.4/Res.1``, ``E/ESCAP/RES/72/7``), ``UN document`` (any other series:
``CRC/C/GC/24``, ``TD/519``, ``FCCC/CP/2015/10/Add.1`` ...) and ``joint document``.
An addendum or corrigendum has the kind of its base; ``Symbol.suffixes`` lists its suffixes
(``("Add.1", "Corr.1")``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["KINDS", "UNDOCS", "Symbol", "SymbolMatch", "find_symbols", "parse_symbol"]

UNDOCS = "https://undocs.org/en/"

KINDS: tuple[str, ...] = (
    "GA resolution",
    "GA decision",
    "GA draft",
    "GA document",
    "meeting record",
    "SC resolution",
    "SC presidential statement",
    "SC document",
    "ECOSOC resolution",
    "ECOSOC decision",
    "ECOSOC document",
    "HRC resolution",
    "HRC decision",
    "HRC document",
    "Secretariat document",
    "other resolution",
    "UN document",
    "joint document",
)


@dataclass(frozen=True)
class Symbol:
    """One UN document symbol, normalized, with its kind and its undocs.org link."""

    normalized: str
    kind: str
    url: str
    document: str = ""
    suffixes: tuple[str, ...] = ()
    parts: tuple[Symbol, ...] = ()

    def flat(self) -> tuple[Symbol, ...]:
        """This symbol, then each part of a joint symbol."""
        return (self, *self.parts)


@dataclass(frozen=True)
class SymbolMatch:
    """A reference found in a text: its span as written and the symbols it names."""

    start: int
    end: int
    written: str
    symbols: tuple[Symbol, ...]


# --------------------------------------------------------------------------- grammar

_DASH = "-\u2010\u2011\u2012\u2013"  # hyphen, hyphen, non-breaking hyphen, figure dash, en dash
_D = f"[{_DASH}]"
_SP = r"[ \u00a0]"
_ROMAN = r"[IVXL]+"
_SESSION_OLD = rf"(?:{_ROMAN}|E?S{_D}{_ROMAN}|\d{{4}})"

# A component after the root: a body or document type (letters, dotted parts, "(14)"),
# a number, or a special/emergency session.
_COMP = (
    r"(?:[A-Z][A-Za-z]*(?:\.(?:\d+[A-Z]?|[IVX]+\b|[A-Z][A-Za-z]*))*(?:\(\d+\))?"
    rf"|(?:E?S{_D})?\d+)"
)
# The last component of the core: a number, or a document type with a number.
_DOCTYPES = r"(?:L|PV|SR|WP|CRP|Res|RES|HLS|Misc|NGO|R|DEC|INF)"
_LAST = rf"(?:(?:E?S{_D})?\d+|{_DOCTYPES}\.\d+(?:{_D}\d+)?)"
_OLD_TAIL = (
    r"(?:(?<=RES/\d)|(?<=RES/\d\d)|(?<=RES/\d{3})|(?<=RES/\d{4}))"
    rf"(?:{_SP}?[A-Z])?{_SP}?\({_SESSION_OLD}\)"
)
_QUAL = (
    rf"{_SP}?\((?:Sect\.{_SP}?\d+[A-Z]?|[Pp]arts?{_SP}+{_ROMAN}(?:{_SP}+and{_SP}+{_ROMAN})?"
    rf"|[Vv]ol\.{_SP}?{_ROMAN})\)"
)
_SUFFIX = rf"/(?:(?:Add|ADD|Corr|CORR|Rev|REV|Amend|AMEND)\.\d+(?:{_D}\d+)?|Summary|Corrigendum)"
_PARTS = rf"{_SP}(?P<letters>[A-Z](?:(?:,{_SP}|{_SP}and{_SP}|{_SP}?[{_DASH}]{_SP}?)[A-Z])*)"

#: One symbol (not joint), without the boundary checks.
_CORE = (
    r"[A-Z]{1,8}(?:/" + _COMP + r")*/" + _LAST + r"(?:" + _OLD_TAIL + r")?"
    r"(?:" + _QUAL + r")?(?:" + _SUFFIX + r")*"
)
#: A word character other than a CJK one: Chinese writes a symbol between two Han
#: characters with no space ("见S/2007/279和"), which must not hide it.
_WORD = r"[^\W\u3000-\u9fff\uff00-\uffef]"
_BEFORE = r"(?<!" + _WORD + r"|[/.\-\u2010\u2011\u2012\u2013])"
_FULL = re.compile(
    _BEFORE + r"(?P<sym>" + _CORE + r")(?P<joint>(?:" + _D + _CORE + r")+)?"
    r"(?:" + _PARTS + r")?(?!" + _WORD + r"|/)"
)
_CORE_RE = re.compile(_CORE)
#: "Supplement No. 49 (A/75/49), vol. I": the symbol of that volume is A/75/49 (Vol. I).
_VOLUME_AFTER = re.compile(r"\),\s+vol\.\s+([IVX]+)\b")

# In running text: a keyword, then a list of numbers.
_KEYWORD = re.compile(
    r"\b(?P<kw>[Rr]esolutions?|[Dd]ecisions?|RESOLUTIONS?|[Rr]ésolutions?|[Dd]écisions?"
    # the other official languages (issue 17): es, ru, ar (with its clitics and suffixes)
    r"|[Rr]esoluci(?:ón|ones)|[Dd]ecisi(?:ón|ones)|[Рр]езолюци\w*|[Рр]ешени\w*"  # noqa: RUF001
    # Arabic names the organ between the keyword and the numbers: "قرار مجلس الأمن 2282
    # (2016)" (Security Council resolution 2282 (2016)); the dual "القراران" too
    r"|[وبلف]?(?:ال)?(?:قرار|مقرر)(?:ها|ات|اتها|ين|يها|ان|ي|ه)?(?:\s+مجلس\s+الأمن)?)\s+"  # noqa: RUF001
    # Chinese puts the keyword after the numbers: 第72/7号决议, 第74/544号决定
    r"|(?P<zh>第)(?=(?:[^号。；]{1,80}号[、，和及])*[^号。；]{1,80}号(?P<zhkind>决议|决定))"  # noqa: RUF001
)
#: The keywords that introduce decisions, not resolutions.
_DECISION_KW = re.compile(r"[Dd][eé]cisi|DECISI|[Рр]ешени|[وبلف]?(?:ال)?مقرر")  # noqa: RUF001
_ITEM = re.compile(
    r"(?:(?P<ss>E?S)" + _D + r")?(?P<a>\d{1,4})/(?P<b>\d{1,4})(?![/\d]|[.,]\d|" + _D + r"\d)"
    r"|(?P<on>\d{1,4})(?:" + _SP + r"?(?P<ol>[A-Z]))?" + _SP + r"?\((?P<os>" + _SESSION_OLD + r")\)"
)
_ITEM_PARTS = re.compile(_PARTS + r"(?![\w\u2019'])")
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
#: How far a list of numbers may run between two items, and how the gap must end.
_GAP_LIMIT = 300
_GAP_END = re.compile(
    r"(?:,|;|\band|\bor|\bto|\bas\s+well\s+as|\bet|\by|\bи|\sو|[،、和及])\s*"
    r"(?:(?:its|ses|General\s+Assembly|Assembly)\s+)?$"
)
_GAP_STOP = re.compile(
    r"[Rr][eé]solution|[Dd][eé]cision|RESOLUTION|DECISION|[Rr]esoluci|[Dd]ecisi|[Рр]езолюци"  # noqa: RUF001
    r"|[Рр]ешени|قرار|مقرر|号"  # noqa: RUF001
)

_ORGANS: tuple[tuple[str, str], ...] = (
    ("Security Council", "SC"),
    ("Human Rights Council", "HRC"),
    ("Economic and Social Council", "ECOSOC"),
    ("General Assembly", "GA"),
    ("Commission on Human Rights", "CHR"),
    ("Environment Assembly", "UNEA"),
    ("Economic and Social Commission for Asia and the Pacific", "ESCAP"),
)
_ORGAN_RE = re.compile(
    r"(?P<organ>Security Council|Human Rights Council|Economic and Social Council"
    r"|Economic and Social Commission for Asia and the Pacific|Commission on Human Rights"
    r"|Environment Assembly|General Assembly|Assembly|Council"
    r"|(?:Commission|Conference|Board|Committee|Organization|Forum|Programme|Fund|Meeting"
    r"|Parties|Union|Agency|Summit|Congress)(?:\s+(?:on|of|for|and|the|to|[A-Z][\w'\u2019-]*))*)"
    r"(?P<gap>(?:\s+in\s+its|\s+by\s+its|\s+under\s+its|\s+at\s+its\s+[\w-]+\s+session,\s+of"
    r"|,\s+in\s+its|\s+and\s+the\s+[A-Z][\w ]{0,40})?\s+)$"
)
_ORGAN_NAMES = {name: key for name, key in _ORGANS}
_LOOSE_ORGAN = re.compile(
    r"Security Council|Human Rights Council|Economic and Social Council|General Assembly"
    r"|Commission on Human Rights|Environment Assembly"
)
_COUNCILS = re.compile(r"Security Council|Human Rights Council|Economic and Social Council")

_SUFFIX_NAMES = {"add": "Add", "corr": "Corr", "rev": "Rev", "amend": "Amend"}


# --------------------------------------------------------------------------- building symbols


def _clean(text: str) -> str:
    """Unify dashes and spaces inside a symbol as written."""
    out = re.sub(_D, "-", text)
    out = re.sub(r"[\s\u00a0]+", " ", out)
    return out.strip()


def _norm_suffix(match: re.Match[str]) -> str:
    name = match.group(1)
    return "/" + _SUFFIX_NAMES.get(name.lower(), name) + "."


def _normalize_one(written: str) -> str:
    """The printed style of one (non-joint) symbol as written."""
    text = _clean(written)
    text = re.sub(r"/(Add|ADD|Corr|CORR|Rev|REV|Amend|AMEND)\.", _norm_suffix, text)
    # qualifiers and old-style sessions: exactly one space before "(", one inside.
    text = re.sub(r" ?\((Sect|Part|Parts|Vol|vol)\. ?", lambda m: f" ({m.group(1)}. ", text)
    text = re.sub(r" ?\([Pp](arts?) ", r" (P\1 ", text)
    text = text.replace("(vol. ", "(Vol. ")
    text = re.sub(r"(\d) ?([A-Z]) ?\(", r"\1 \2 (", text)
    text = re.sub(r"(/RES/\d+) ?\(", r"\1 (", text)
    return text


def _strip_letters(normalized: str) -> str:
    """The document symbol without part letters."""
    doc = re.sub(r"(/RES/\d+) [A-Z] \(", r"\1 (", normalized)
    return re.sub(r"(/(?:RES|DEC)/(?:E?S-)?\d+/\d+) [A-Z]$", r"\1", doc)


def _kind(symbol: str) -> str:
    """The kind of a (non-joint) normalized symbol."""
    comps = symbol.split("/")
    root = comps[0]
    core = "/".join(c for c in comps if not re.match(r"(Add|Corr|Rev|Amend)\.|Summary", c))
    if re.search(r"/(PV|SR)\.\d", core):
        return "meeting record"
    if root == "A":
        if len(comps) > 1 and comps[1] == "HRC":
            if "/RES/" in core:
                return "HRC resolution"
            if "/DEC/" in core:
                return "HRC decision"
            return "HRC document"
        if comps[1:2] == ["RES"]:
            return "GA resolution"
        if comps[1:2] == ["DEC"]:
            return "GA decision"
        if re.search(r"/L\.\d+$", core):
            return "GA draft"
        return "GA document"
    if root == "S":
        if comps[1:2] == ["RES"]:
            return "SC resolution"
        if comps[1:2] == ["PRST"]:
            return "SC presidential statement"
        return "SC document"
    if root == "E":
        if comps[1:2] == ["RES"]:
            return "ECOSOC resolution"
        if comps[1:2] == ["DEC"]:
            return "ECOSOC decision"
        if re.search(r"/RES/|/Res\.", core):
            return "other resolution"
        return "ECOSOC document"
    if root == "ST":
        return "Secretariat document"
    if re.search(r"/RES/|/Res\.", core):
        return "other resolution"
    return "UN document"


def _make(full: str) -> Symbol:
    """A Symbol from a normalized non-joint symbol (part letter included, if any)."""
    document = _strip_letters(full)
    suffixes = tuple(re.findall(r"/((?:Add|Corr|Rev|Amend)\.\d+(?:-\d+)?|Summary)", full))
    return Symbol(
        normalized=full,
        kind=_kind(document),
        url=UNDOCS + full.replace(" ", ""),
        document=document,
        suffixes=suffixes,
    )


def _letters(text: str) -> list[str]:
    """Part letters as written, ``"A and B"``, ``"A-C"``, ``"A, B and C"`` -> each letter."""
    text = _clean(text)
    out: list[str] = []
    for piece in re.split(r", | and ", text):
        range_ = re.fullmatch(r"([A-Z]) ?- ?([A-Z])", piece.strip())
        if range_:
            first, last = ord(range_.group(1)), ord(range_.group(2))
            out.extend(chr(c) for c in range(first, max(first, last) + 1))
        elif piece.strip():
            out.append(piece.strip())
    return out


def _from_full(match: re.Match[str]) -> tuple[Symbol, ...]:
    """The symbols named by a match of the full-symbol pattern."""
    first = _normalize_one(match.group("sym"))
    joint = match.group("joint")
    if joint:
        rest = [m.group(0) for m in _CORE_RE.finditer(joint)]
        parts = tuple(_make(_normalize_one(p)) for p in [match.group("sym"), *rest])
        normalized = "-".join(p.normalized for p in parts)
        return (
            Symbol(
                normalized=normalized,
                kind="joint document",
                url=parts[0].url,
                document=normalized,
                suffixes=(),
                parts=parts,
            ),
        )
    letters = match.group("letters")
    if letters and re.search(r"/RES/\d+(/\d+)?$", first):
        return tuple(_make(first + " " + letter) for letter in _letters(letters))
    return (_make(first),)


def _organ_before(text: str, start: int) -> str:
    """The organ whose resolution a keyword at ``start`` introduces: GA, SC, HRC ... or OTHER.

    First the organ named just before the keyword (``Security Council resolution``, ``the
    Human Rights Council, in its resolution``); then ``its`` (the Assembly itself); then the
    last council or commission named earlier in the same sentence part (up to a ``;``);
    else the General Assembly.
    """
    window = text[max(0, start - 250) : start]
    found = _ORGAN_RE.search(window[-90:])
    if found:
        name = found.group("organ")
        if name in _ORGAN_NAMES:
            return _ORGAN_NAMES[name]
        if name == "Assembly":
            return "GA"
        if name == "Council":
            councils = _COUNCILS.findall(text[:start])
            return _ORGAN_NAMES[councils[-1]] if councils else "OTHER"
        return "OTHER"
    if re.search(r"\bits\s+(?:[a-z]+\s+of\s+)?$", window):
        return "GA"
    segment = window.rsplit(";", 1)[-1]
    if re.search(r"Supplement\s+No\.\s+53A?\b", segment):
        return "HRC"
    named = _LOOSE_ORGAN.findall(segment)
    return _ORGAN_NAMES.get(named[-1], "GA") if named else "GA"


def _from_item(item: re.Match[str], organ: str, decision: bool, letters: str) -> list[Symbol]:
    """The symbols named by one numbered item after ``resolution(s)``/``decision(s)``."""
    kind = "DEC" if decision else "RES"
    if item.group("a") is not None:
        ss, a, b = item.group("ss"), item.group("a"), item.group("b")
        number = f"{ss}-{a}/{b}" if ss else f"{a}/{b}"
        if len(a) == 4 and not ss:
            if organ == "CHR":
                base = f"E/CN.4/{kind}/{number}"
            elif organ in ("GA", "ECOSOC", "SC", "HRC"):
                base = f"E/{kind}/{number}"
            else:
                return []
        elif organ in ("GA", "SC", "ECOSOC") or (organ == "HRC" and int(a) > 50):
            base = f"A/{kind}/{number}"
        elif organ == "HRC":
            base = f"A/HRC/{kind}/{number}"
        elif organ == "UNEA" and not decision and not ss and int(a) <= 10:
            return [_make(f"UNEP/EA.{a}/Res.{b}")]
        elif organ == "ESCAP" and not decision:
            base = f"E/ESCAP/RES/{number}"
        else:
            return []
        if letters:
            return [_make(f"{base} {letter}") for letter in _letters(letters)]
        return [_make(base)]
    number, part, session = item.group("on"), item.group("ol"), _clean(item.group("os"))
    if decision:
        return []
    if re.fullmatch(r"\d{4}", session):
        if organ not in ("GA", "SC"):
            return []
        root = "S"
    elif organ in ("GA", "SC", "HRC"):
        root = "A"
    elif organ == "ECOSOC":
        root = "E"
    else:
        return []
    if part:
        return [_make(f"{root}/RES/{number} {part} ({session})")]
    if letters:
        return [_make(f"{root}/RES/{number} {letter} ({session})") for letter in _letters(letters)]
    return [_make(f"{root}/RES/{number} ({session})")]


def _keyword_matches(text: str) -> Iterator[SymbolMatch]:
    """Numbers introduced by ``resolution(s)``/``decision(s)`` in running text."""
    for key in _KEYWORD.finditer(text):
        organ = _organ_before(text, key.start())
        kw = key.group("kw")
        decision = bool(_DECISION_KW.match(kw)) if kw else key.group("zhkind") == "决定"
        pos = key.end()
        while True:
            item = _ITEM.match(text, pos)
            if not item:
                break
            end = item.end()
            letters = ""
            parts = _ITEM_PARTS.match(text, end) if item.group("ol") is None else None
            if parts:
                letters = parts.group("letters")
                end = parts.end()
            symbols = _from_item(item, organ, decision, letters)
            if symbols:
                yield SymbolMatch(item.start(), end, text[item.start() : end], tuple(symbols))
            following = _ITEM.search(text, end, min(len(text), end + _GAP_LIMIT))
            if not following:
                break
            gap = text[end : following.start()]
            if _GAP_STOP.search(gap) or not _GAP_END.search(gap):
                break
            pos = following.start()


def _plausible(match: re.Match[str]) -> bool:
    """False for look-alikes: no digit, or a Roman numeral before the slash (``IX/16``)."""
    written = match.group(0)
    return bool(re.search(r"\d", written)) and not re.match(r"[IVXL]+/", written)


def find_symbols(text: str) -> list[SymbolMatch]:
    """Every document symbol in ``text``, in order, with its span as written."""
    found: list[SymbolMatch] = []
    for match in _FULL.finditer(text):
        if not _plausible(match):
            continue
        symbols = _from_full(match)
        volume = _VOLUME_AFTER.match(text, match.end())
        if volume and len(symbols) == 1 and not symbols[0].parts and "(" not in symbols[0].document:
            symbols = (_make(f"{symbols[0].normalized} (Vol. {volume.group(1)})"),)
        end = match.end()
        if match.group("letters") and symbols[0].normalized == symbols[0].document:
            end = match.end("joint") if match.group("joint") else match.end("sym")
        found.append(SymbolMatch(match.start(), end, text[match.start() : end], symbols))
    taken = [(m.start, m.end) for m in found]
    for keyed in _keyword_matches(text):
        if any(s < keyed.end and keyed.start < e for s, e in taken):
            continue
        found.append(keyed)
    found.sort(key=lambda m: (m.start, m.end))
    return found


def parse_symbol(text: str) -> Symbol | None:
    """The symbol that is the whole of ``text`` (spaces around ignored), or None.

    A bare resolution number is read as a General Assembly resolution (``"72/7"`` ->
    ``A/RES/72/7``, ``"217 A (III)"`` -> ``A/RES/217 A (III)``), a ``YYYY/N`` number as an
    Economic and Social Council one and ``"1440 (2002)"`` as a Security Council one.
    """
    stripped = text.strip()
    if not stripped:
        return None
    full = _FULL.fullmatch(stripped)
    if full and _plausible(full):
        symbols = _from_full(full)
        return symbols[0] if len(symbols) == 1 else None
    item = _ITEM.match(stripped)
    if item:
        letters = ""
        end = item.end()
        parts = _ITEM_PARTS.match(stripped, end) if item.group("ol") is None else None
        if parts:
            letters, end = parts.group("letters"), parts.end()
        if end == len(stripped):
            named = _from_item(item, "GA", False, letters)
            if len(named) == 1:
                return named[0]
    return None
