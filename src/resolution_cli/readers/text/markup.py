"""The inline markup of the converted text: links, bold, italics, markers, escapes.

``[72/7](#)`` keeps its text; ``**bold**`` is dropped; ``*italics*`` (or ``_``)
become spans; ``<sup>n</sup>`` becomes a :class:`~resolution_cli.model.FootnoteRef`
at its offset; ``\\*`` is a literal star. Runs of spaces, tabs and line breaks
become one space (a no-break space is a character of the text, kept).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from resolution_cli.model import FootnoteRef

_MARKER = re.compile(r"<sup>\s*(\d+)\s*</sup>")
_LINK = re.compile(r"\[([^\[\]]*)\]\([^)]*\)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|])")
#: White space to change: a run of two or more, a tab or line break, a space at an end.
_RUN = re.compile(r"[ \t\n\r\f\v]{2,}|[\t\n\r\f\v]|\A | \Z")
_BREAKS = re.compile(r"[\t\n\r\f\v]")
_PLAIN = re.compile(r"[^\\<*_]+")
#: Closing characters that may follow a clause's final punctuation.
_TRAILING = "\"”’')]\u200e\u200f "
FINAL = (",", ";", ".", ":")


@dataclass
class Inline:
    """A fragment of text with its markup read: plain text, italic spans, markers."""

    text: str = ""
    italics: list[tuple[int, int]] = field(default_factory=list)
    markers: list[FootnoteRef] = field(default_factory=list)

    def extend(self, other: Inline) -> None:
        """Append ``other`` after a space (a line or page break inside a paragraph)."""
        if not other.text and not other.markers:
            return
        shift = len(self.text)
        if self.text and other.text:
            shift += 1
            self.text += " "
        self.text += other.text
        self.italics += [(a + shift, b + shift) for a, b in other.italics]
        self.markers += [
            FootnoteRef(number=m.number, offset=m.offset + shift) for m in other.markers
        ]

    def ends_final(self) -> bool:
        """Whether the text ends with a clause's final punctuation (, ; . :)."""
        return self.text.rstrip(_TRAILING).endswith(FINAL)

    def all_italic(self) -> bool:
        """Whether the whole text is in italics (the first page of some documents)."""
        if not self.text:
            return False
        covered = sum(b - a for a, b in self.italics)
        return bool(self.italics) and self.italics[0][0] == 0 and covered >= len(self.text) - 1

    def lead_span(self) -> str:
        """The leading italic span when it marks a lead phrase (text follows it), else ''."""
        if not self.italics or self.all_italic():
            return ""
        start, end = self.italics[0]
        span = self.text[start:end].strip()
        if start != 0 or not span or not self.text[end:].strip():
            return ""
        return span


def inline(raw: str) -> Inline:
    """Read the inline markup of one paragraph's raw text."""
    if "](" in raw:
        raw = _LINK.sub(lambda m: m.group(1), raw)
    raw = raw.replace("**", "")
    markers: list[FootnoteRef] = []
    italics: list[tuple[int, int]] = []
    out: list[str] = []
    italic_start: int | None = None
    pos = 0
    length = 0
    size = len(raw)
    while pos < size:
        if run := _PLAIN.match(raw, pos):
            chunk = run.group()
            out.append(chunk)
            length += len(chunk)
            pos = run.end()
            continue
        ch = raw[pos]
        if ch == "\\" and (escaped := _ESCAPE.match(raw, pos)):
            out.append(escaped.group(1))
            length += 1
            pos = escaped.end()
            continue
        if ch == "<" and (marker := _MARKER.match(raw, pos)):
            markers.append(FootnoteRef(number=int(marker.group(1)), offset=length))
            pos = marker.end()
            continue
        if ch in "*_" and _is_emphasis(raw, pos):
            if italic_start is None:
                italic_start = length
            else:
                italics.append((italic_start, length))
                italic_start = None
            pos += 1
            continue
        out.append(ch)
        length += 1
        pos += 1
    if italic_start is not None:
        italics.append((italic_start, length))
    return _squeeze("".join(out), italics, markers)


def _is_emphasis(raw: str, pos: int) -> bool:
    """Whether ``*`` or ``_`` at ``pos`` opens or closes emphasis (not a literal)."""
    if raw[pos] == "*":
        return True
    before = raw[pos - 1] if pos else " "
    after = raw[pos + 1] if pos + 1 < len(raw) else " "
    return not (before.isalnum() and after.isalnum())


def _squeeze(text: str, italics: list[tuple[int, int]], markers: list[FootnoteRef]) -> Inline:
    """Collapse runs of white space in ``text`` to one space and strip it, keeping offsets."""
    changes: list[tuple[int, int, int]] = []  # (start, end, length after)
    if "  " not in text and not _BREAKS.search(text) and text.strip(" ") == text:
        return Inline(text=text, italics=[s for s in italics if s[1] > s[0]], markers=markers)
    for run in _RUN.finditer(text):
        start, end = run.span()
        changes.append((start, end, 0 if start == 0 or end == len(text) else 1))
    if not changes:
        return Inline(text=text, italics=[s for s in italics if s[1] > s[0]], markers=markers)
    out: list[str] = []
    pos = 0
    for start, end, keep in changes:
        out.append(text[pos:start])
        out.append(" " * keep)
        pos = end
    out.append(text[pos:])
    squeezed = "".join(out)
    size = len(squeezed)

    def move(offset: int) -> int:
        removed = 0
        for start, end, keep in changes:
            if offset <= start:
                break
            if offset < end:
                return min(start - removed + min(offset - start, keep), size)
            removed += end - start - keep
        return min(offset - removed, size)

    return Inline(
        text=squeezed,
        italics=[(move(a), move(b)) for a, b in italics if move(b) > move(a)],
        markers=[FootnoteRef(number=m.number, offset=move(m.offset)) for m in markers],
    )
