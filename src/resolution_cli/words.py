"""The words of a printed resolution that its structure hangs on, in one table.

The readers (:mod:`resolution_cli.readers`) and the lead-phrase matching of
:mod:`resolution_cli.query` recognise a few words of the printed language: the
adverbs that may come before a lead phrase's verb ("*Also decides*", "*Further
requests*"), the words that label an annex ("Annex II", "Appendix A"), that head
an article ("Article 5", "Rule 7") or a larger division ("Chapter", "Part",
"Section", "Title"), and the word before a section number ("Section 2"). They are
data here, one :class:`Words` per language, so that a new language is one more
entry of this table, not an edit of every rule that reads them.

This module is imported by :mod:`resolution_cli.query` on the start-up path of
``show``/``grep``: it imports nothing.
"""

from __future__ import annotations

from typing import NamedTuple


class Words(NamedTuple):
    """The structural words of one language's printed resolutions."""

    #: Words that may precede the verb of a lead phrase, lower case ("also decides").
    lead_adverbs: frozenset[str]
    #: Words that label an annex, the first the usual one ("Annex", "Appendix").
    annex_labels: tuple[str, ...]
    #: Words that head an article of an annexed text ("Article 5", "Rule 7").
    article_words: tuple[str, ...]
    #: The suffixes of an inserted article number ("Article 5 bis").
    article_suffixes: tuple[str, ...]
    #: Words that head a division larger than an article ("Chapter II", "Part A").
    division_words: tuple[str, ...]
    #: The word printed before a section number ("Section 2", "Section II").
    section_word: str


ENGLISH = Words(
    lead_adverbs=frozenset(
        {"also", "further", "again", "once", "furthermore", "moreover", "hereby", "therefore"}
    ),
    annex_labels=("Annex", "Appendix", "Attachment", "Enclosure", "Schedule"),
    article_words=("Article", "Rule"),
    article_suffixes=("bis", "ter", "quater"),
    division_words=("Chapter", "Part", "Section", "Title"),
    section_word="Section",
)

#: The table by language code; the readers read English (issue 17 adds the others).
WORDS: dict[str, Words] = {"en": ENGLISH}

#: The lead-phrase adverbs of the language read (see :attr:`Words.lead_adverbs`).
LEAD_ADVERBS = ENGLISH.lead_adverbs
