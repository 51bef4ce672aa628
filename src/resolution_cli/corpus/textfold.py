"""Search in every language: the text FTS indexes, and the pattern grep confirms with.

The text is stored and printed exactly as published; what FTS5 indexes is a folded
copy (``clauses.norm_text``/``norm_headings``, NULL when folding changes nothing),
and a pattern is folded the same way before it becomes an FTS query:

- **Arabic**: the optional marks are removed (harakat U+064B–U+065F, U+0610–U+061A,
  the superscript alef U+0670, Quranic marks U+06D6–U+06ED, tatweel U+0640) and the
  usual variants folded: the alef forms (hamza above, below, madda, wasla) to alef,
  alef maksura to yeh, teh marbuta to heh (Lucene's ArabicNormalizer).
- **Chinese** (Han): every Han character is a token of its own (spaces around it), so
  a phrase of N characters is an FTS5 phrase of N tokens: any substring of a clause,
  of 1 character or more, is found (``unicode61`` alone makes a whole run one token).
- **Latin**: the tokenizer itself removes accents (``unicode61 remove_diacritics 2``).

FTS only narrows; grep then confirms on the text as printed with a *tolerant*
pattern (:func:`tolerant`): an Arabic letter matches its variants with any optional
marks after it, and (when the search is not English-only) an unaccented Latin letter
matches its accented forms (e matches é è ê ë …; é matches é only: "char-fold", as
Emacs and Vim search). The spans found are offsets in the printed text, so
highlighting needs no mapping.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

#: Arabic marks a reader may or may not write (and tatweel).
ARABIC_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_MARKS = re.compile(f"[{ARABIC_MARKS}]")
#: Arabic letters folded into one (the first letter of each group).
ARABIC_VARIANTS = ("اأإآٱ", "يى", "هة")
_FOLD = str.maketrans({v: group[0] for group in ARABIC_VARIANTS for v in group[1:]})
_ARABIC = re.compile("[\u0600-\u06ff]")
#: Han ideographs (CJK unified, extension A, compatibility).
_HAN_RANGES = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN = re.compile(f"[{_HAN_RANGES}]")


def is_han(text: str) -> bool:
    """Whether ``text`` holds a Han character."""
    return _HAN.search(text) is not None


def fold(text: str) -> str:
    """The text FTS indexes (and the query it is searched with): Arabic without its
    marks and with its variants folded, each Han character spaced as its own token."""
    if _ARABIC.search(text):
        text = _MARKS.sub("", text).translate(_FOLD)
    if _HAN.search(text):
        text = _HAN.sub(lambda m: f" {m.group()} ", text)
    return text


def folded(text: str) -> str | None:
    """:func:`fold` of ``text``, or None when folding changes nothing (stored as NULL)."""
    result = fold(text)
    return None if result == text else result


@cache
def _latin_forms() -> dict[str, str]:
    """Each unaccented Latin letter -> its precomposed accented forms (both cases)."""
    forms: dict[str, str] = {}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        if base.isascii() and base.isalpha() and base != char:
            forms[base] = forms.get(base, "") + char
    return forms


def _letter(char: str, in_class: bool, latin: bool = True) -> str:
    """The pattern text for one literal letter: itself or its tolerant form."""
    for group in ARABIC_VARIANTS:
        if char in group:
            char = group  # all its variants
            break
    if _ARABIC.match(char[0]) and not _MARKS.match(char[0]):
        if in_class:
            return char
        letters = f"[{char}]" if len(char) > 1 else char
        return f"(?:{letters}[{ARABIC_MARKS}]*)"
    forms = _latin_forms().get(char, "") if latin else ""
    if forms:
        return char + forms if in_class else f"[{char}{forms}]"
    return re.escape(char) if not in_class else char


def tolerant(pattern: str, fixed: bool, latin: bool = True) -> tuple[str, bool]:
    """``(pattern, fixed)`` as grep should see it in search: unchanged when it holds
    no unaccented Latin letter with accented forms and no Arabic letter, else a
    regular expression (``fixed`` False) where such letters match their variants
    and Arabic marks in the pattern are dropped (the text's are optional). ``latin``
    False leaves Latin letters as they are (English-only searches: grep's exact
    meaning, and its speed: a class per letter makes the regex about 5 times slower)."""
    forms = _latin_forms() if latin else {}
    if not any(_ARABIC.match(c) or c in forms for c in pattern):
        return pattern, fixed
    if fixed:
        kept = (c for c in pattern if not _MARKS.match(c))
        return "".join(_letter(c, False, latin) for c in kept), False
    out: list[str] = []
    i, n = 0, len(pattern)
    in_class = False
    while i < n:
        char = pattern[i]
        if char == "\\" and i + 1 < n:
            end = i + 2
            if pattern[i + 1] in "pPN" and end < n and pattern[end] == "{":  # \p{L}, \N{…}
                end = pattern.find("}", end) + 1 or n
            elif pattern[i + 1] in "xuU":  # \xhh \uhhhh: copied whole
                end = min(n, i + {"x": 4, "u": 6, "U": 10}[pattern[i + 1]])
            out.append(pattern[i:end])
            i = end
            continue
        if in_class:
            if char == "]":
                in_class = False
                out.append(char)
            elif _MARKS.match(char):
                out.append(char)
            else:
                out.append(_letter(char, True, latin))
            i += 1
            continue
        if char == "[":
            in_class = True
            out.append(char)
            i += 1
            if i < n and pattern[i] == "^":
                out.append("^")
                i += 1
            if i < n and pattern[i] == "]":  # a "]" first in a class is literal
                out.append("]")
                i += 1
            continue
        if char == "(" and pattern.startswith("(?", i):  # (?:  (?P<name>  (?i)  (?=
            end = i + 2
            while end < n and pattern[end] not in ":)=!>":
                end += 1
            out.append(pattern[i : end + 1])
            i = end + 1
            continue
        if char == "{":  # a quantifier {m,n}: digits only, copied
            end = pattern.find("}", i)
            if end != -1:
                out.append(pattern[i : end + 1])
                i = end + 1
                continue
        if _MARKS.match(char):  # the pattern's Arabic marks: optional in the text
            i += 1
            continue
        literal = _ARABIC.match(char) or char.isalpha()
        out.append(_letter(char, False, latin) if literal else char)
        i += 1
    return "".join(out), False
