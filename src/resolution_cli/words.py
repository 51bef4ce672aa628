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


class Words:
    """The structural words of one language's printed resolutions.

    (A plain class, not a NamedTuple or a dataclass: building either costs more
    at start-up than this whole module.)
    """

    __slots__ = (
        "annex_labels",
        "article_suffixes",
        "article_words",
        "division_words",
        "lead_adverbs",
        "section_word",
    )

    def __init__(
        self,
        *,
        lead_adverbs: frozenset[str],
        annex_labels: tuple[str, ...],
        article_words: tuple[str, ...],
        article_suffixes: tuple[str, ...],
        division_words: tuple[str, ...],
        section_word: str,
    ) -> None:
        #: Words that may precede the verb of a lead phrase, lower case ("also decides").
        self.lead_adverbs = lead_adverbs
        #: Words that label an annex, the usual one first ("Annex", "Appendix").
        self.annex_labels = annex_labels
        #: Words that head an article of an annexed text ("Article 5", "Rule 7").
        self.article_words = article_words
        #: The suffixes of an inserted article number ("Article 5 bis").
        self.article_suffixes = article_suffixes
        #: Words that head a division larger than an article ("Chapter II", "Part A").
        self.division_words = division_words
        #: The word printed before a section number ("Section 2", "Section II").
        self.section_word = section_word


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
