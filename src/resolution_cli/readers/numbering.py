"""Printed numbering shared by the readers: a section's number in a heading line.

Both the AKN reader and the text reader open a section on a heading line that is
only a section number: a roman numeral ("II"), a capital letter ("B."), or
"Section 2" / "Section II" (the number kept, "Section" dropped; the word is
:attr:`resolution_cli.words.Words.section_word`).
"""

from __future__ import annotations

import re

from resolution_cli.words import ENGLISH

_SECTION_NUM = re.compile(
    r"^(?:([IVXL]{1,6}|[A-Z])|"
    + re.escape(ENGLISH.section_word)
    + r"\s+(\d{1,3}[A-Z]?|[IVXL]{1,6}|[A-Z]))\.?$"
)


def section_number(line: str) -> str | None:
    """The section number printed in a heading line ("II", "Section 2" -> "2"), if any."""
    match = _SECTION_NUM.match(line.strip())
    if not match:
        return None
    return match.group(1) or match.group(2)
