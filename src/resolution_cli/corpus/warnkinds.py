"""``corpus add``'s warnings grouped by kind: a count and one example per kind.

Indexing thousands of files can give thousands of warnings of a few kinds (13,737
"paragraph number 'N' printed in its text" over two sessions in Arabic). The kind of
a message is the message with its varying parts normalized: the file it names (the
text before the first ``.xml: ``), ``line N:``, quoted text (``'…'``, ``"…"``, ``‘…’``,
``«…»``) and numbers. :class:`WarningSummary` counts each kind and keeps its first
message, in the order kinds were first seen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: The file a message names first: ``DIR/75_1_A.xml: `` or ``A.zip/DIR/75_1_A.xml: ``.
_FILE = re.compile(r"^.*?\.xml: ", re.IGNORECASE)
_LINE = re.compile(r"\bline \d+: ")
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|‘[^’]*’|«[^»]*»|“[^”]*”")
_NUMBER = re.compile(r"\d+")


def warning_kind(message: str) -> str:
    """What a warning says, without what varies: ``X.xml: line 9: paragraph number '3'
    printed in its text`` -> ``paragraph number '…' printed in its text``."""
    kind = _FILE.sub("", message, count=1)
    kind = _LINE.sub("", kind)
    kind = _QUOTED.sub(lambda m: m.group()[0] + "…" + m.group()[-1], kind)
    return _NUMBER.sub("N", kind)


@dataclass
class WarningSummary:
    """Warnings counted by kind, each with its first message as the example."""

    kinds: dict[str, tuple[int, str]] = field(default_factory=dict)

    def add(self, message: str) -> None:
        """Count one warning."""
        kind = warning_kind(message)
        count, example = self.kinds.get(kind, (0, message))
        self.kinds[kind] = (count + 1, example)

    @property
    def total(self) -> int:
        """How many warnings were counted."""
        return sum(count for count, _ in self.kinds.values())

    def lines(self) -> list[str]:
        """One line per kind, most frequent first: the message itself when the kind came
        once, else ``N warnings like: EXAMPLE``."""
        ordered = sorted(self.kinds.values(), key=lambda item: -item[0])
        return [
            example if count == 1 else f"{count} warnings like: {example}"
            for count, example in ordered
        ]
