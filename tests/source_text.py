"""An independent reading of the source text, for tests only.

It reads ``data/sources/A_RES_75_272.md`` with nothing but a few regular
expressions (none of the project's code), so the tests compare the bundled data
with the source itself, not with a copy of our own output.
"""

from __future__ import annotations

import re
from pathlib import Path

SOURCE = Path(__file__).resolve().parent.parent / "data" / "sources" / "A_RES_75_272.md"


def raw() -> str:
    return SOURCE.read_text(encoding="utf-8")


def strip_markup(text: str) -> str:
    """Drop markers, links, emphasis; collapse white space."""
    text = re.sub(r"<sup>\d+</sup>", "", text)
    text = re.sub(r"\[([^\[\]]*)\]\(#\)", r"\1", text)
    text = text.replace("*", "")
    return " ".join(text.split())


def body_lines() -> list[str]:
    """The lines between the enacting formula and the closing meeting line."""
    lines = raw().splitlines()
    start = lines.index("*The General Assembly,*") + 1
    end = next(i for i, line in enumerate(lines) if line.startswith("*59th plenary meeting"))
    return lines[start:end]


def footnote_texts() -> list[str]:
    """The footnotes as the source prints them, markup stripped, in order."""
    return [
        strip_markup(re.sub(r"^<sup>\d+</sup>", "", line))
        for line in body_lines()
        if line.startswith("<sup>")
    ]


def clause_texts() -> list[str]:
    """The 20 clauses, markup stripped, operative numbers removed, in order.

    Paragraphs are separated by blank lines (operative ones by their number);
    a paragraph that starts in lower case continues the one before it (PP7 is
    cut by a page break and a footnote block).
    """
    paragraphs: list[str] = []
    current: list[str] = []
    for line in [*body_lines(), ""]:
        if line.startswith("<sup>") or line.strip() == "---":
            continue
        if re.match(r"^\d+\. ", line) or not line.strip():
            if current:
                paragraphs.append(" ".join(current))
                current = []
            if line.strip():
                current.append(re.sub(r"^\d+\. ", "", line))
            continue
        current.append(line)
    merged: list[str] = []
    for paragraph in paragraphs:
        text = strip_markup(paragraph)
        if merged and text[:1].islower():
            merged[-1] += " " + text
        else:
            merged.append(text)
    return merged


def body_words() -> list[str]:
    """Every word of the body (clauses and footnotes), in source order."""
    words: list[str] = []
    for line in body_lines():
        if line.strip() == "---":
            continue
        line = re.sub(r"^\d+\. ", "", line)
        words += strip_markup(line).split()
    return words
