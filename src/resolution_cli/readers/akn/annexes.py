"""AKN4UN: annexes (``attachments``).

Not read yet: each ``attachment`` of the statement is reported with one warning
(its number of paragraphs) and its text is not part of the model. Reading
annexes into :class:`~resolution_cli.model.Annex` (issue 9) belongs here:
:func:`read_annexes` receives the body reader (its ``say``, ``inline``,
``flow_of``, ``note`` and ``footnotes``) and the ``statement`` element, and
returns the annexes in document order.
"""

from __future__ import annotations

from resolution_cli.model import Annex
from resolution_cli.readers.akn.body import _Reader
from resolution_cli.readers.akn.xml import Element, _descendants


def read_annexes(reader: _Reader, statement: Element) -> tuple[Annex, ...]:
    """The annexes of ``statement`` (none yet: each attachment is reported)."""
    for attachment in _descendants(statement, "attachment"):
        reader.say(
            attachment,
            f"annex ({len(list(_descendants(attachment, 'paragraph')))} paragraphs) not read: "
            "the model has no place for annexes",
        )
    return ()
