"""Printed numbering shared by the readers: a section's number in a heading line.

Both the AKN reader and the text reader open a section on a heading line that is
only a section number: a roman numeral ("II"), a capital letter ("B."), or
"Section 2" / "Section II" (the number kept, "Section" dropped; the word is
:attr:`resolution_cli.words.Words.section_word`).

Other languages (the words of :mod:`resolution_cli.words`): a section number is
read as the roman numeral (or capital) the English version prints, so that ids
agree across versions (``II.OP5`` in every language):

- Chinese numerals "一", "二", "十一", "二十" -> I, II, XI, XX;
- Arabic ordinal adverbs "أولا", "ثانيا", "حادي عشر", "رابع وعشرون" -> I, II, XI,
  XXIV; Arabic letter names "ألف", "باء" -> A, B;
- where the language prints it so (:attr:`~resolution_cli.words.Words.section_split`),
  the number may carry the section's heading on the same line, after a space, a
  "." or a " -" ("I Деятельность ...", "一 内部监督事务厅的活动", "أولا - تنظيم الأعمال"):
  :func:`section_line` gives both. A single letter starts such a line only before
  a capital ("A Escala de sueldos", not "A la luz de ...").
"""

from __future__ import annotations

import re
from functools import cache

from resolution_cli.words import ENGLISH, Words

_SECTION_NUM = re.compile(
    r"^(?:([IVXL]{1,6}|[A-Z])|"
    + re.escape(ENGLISH.section_word)
    + r"\s+(\d{1,3}[A-Z]?|[IVXL]{1,6}|[A-Z]))\.?$"
)

_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip
_MARKS = re.compile(r"[\u064B-\u065F\u0670\u0640]")  # Arabic harakat and tatweel


def roman(value: int) -> str:
    """``value`` as a roman numeral (14 -> "XIV")."""
    out = []
    for size, letters in _ROMAN:
        while value >= size:
            out.append(letters)
            value -= size
    return "".join(out)


def han_value(text: str, numerals: str) -> int | None:
    """A Chinese numeral's value, 1 to 99 ("三" 3, "十一" 11, "二十" 20), if it is one."""
    if not text or not numerals or any(ch not in numerals for ch in text):
        return None
    ten = numerals[-1]
    digits = {ch: i for i, ch in enumerate(numerals[:-1], 1)}
    if ten not in text:
        return digits[text] if len(text) == 1 else None
    tens, _, units = text.partition(ten)
    if len(tens) > 1 or len(units) > 1 or ten in units:
        return None
    return (digits[tens] if tens else 1) * 10 + (digits[units] if units else 0)


@cache
def _section_num(words: Words) -> re.Pattern[str]:
    if words is ENGLISH:
        return _SECTION_NUM
    word = (
        re.escape(words.section_word) + r"\s+(\d{1,3}[A-Z]?|[IVXL]{1,6}|[A-Z])|"
        if words.section_word
        else ""
    )
    return re.compile(r"^(?:([IVXL]{1,6}|[A-Z])|" + word + r"(?!))\.?$")


@cache
def _native(words: Words) -> dict[str, str]:
    """The native section numbers of a language, each with its roman numeral (or letter)."""
    found: dict[str, str] = {}
    for index, word in enumerate(words.ordinals, 1):
        found[word] = roman(index)
    units = words.ordinal_units
    for index, unit in enumerate(units, 1):
        if words.teen_word:
            found[f"{unit} {words.teen_word}"] = roman(10 + index)
        for tens_index, tens in enumerate(words.ordinal_tens, 2):
            found[f"{unit} و{tens}"] = roman(10 * tens_index + index)
            found[f"{unit} و {tens}"] = roman(10 * tens_index + index)
    for tens_index, tens in enumerate(words.ordinal_tens, 2):
        found[tens] = roman(10 * tens_index)
    for index, name in enumerate(words.letter_names):
        found[name] = chr(ord("A") + index)
    return found


@cache
def _pattern(words: Words) -> re.Pattern[str]:
    native = sorted(_native(words), key=len, reverse=True)
    parts = [r"[IVXL]{1,6}", r"[A-Z]"]
    if words.numerals:
        parts.append("[" + re.escape(words.numerals) + "]{1,3}")
    parts += [re.escape(word) for word in native]
    return re.compile(r"^(" + "|".join(parts) + r")(?:\s*[.、]|\s+-|\s*-(?=\s))?(?:\s+(.*\S))?$")


def _value(number: str, words: Words) -> str | None:
    if re.fullmatch(r"[IVXL]{1,6}|[A-Z]", number):
        return number
    native = _native(words).get(number)
    if native is not None:
        return native
    value = han_value(number, words.numerals)
    return roman(value) if value else None


def section_line(line: str, words: Words = ENGLISH) -> tuple[str, str] | None:
    """A heading line that is a section number, with the heading printed on the same
    line ("" for none), the number as the English version prints it: "II" ->
    ("II", ""); in Chinese "一 内部监督" -> ("I", "内部监督"); else None."""
    text = line.strip()
    match = _section_num(words).match(text)
    if match:
        return match.group(1) or match.group(2), ""
    if words is ENGLISH:
        return None
    text = _MARKS.sub("", text)
    match = _pattern(words).match(text)
    if not match:
        return None
    number = _value(match.group(1), words)
    heading = match.group(2) or ""
    if number is None or (heading and not words.section_split):
        return None
    if heading and re.fullmatch("[A-Z]", match.group(1)) and not heading[0].isupper():
        return None  # "A la luz de ...", "I have": a sentence, not "A Escala de sueldos"
    return number, heading


def section_number(line: str, words: Words = ENGLISH) -> str | None:
    """The section number printed in a heading line ("II", "Section 2" -> "2"), if any;
    in another language, a line that may also carry the section's heading
    (:func:`section_line`)."""
    found = section_line(line, words)
    return found[0] if found else None
