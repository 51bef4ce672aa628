"""How each official language prints a lead phrase, and how ``--verb`` finds one.

One entry per language, keyed by ISO 639-1 (the model's ``Resolution.lang``). This
table is the lead-phrase part of the language table :mod:`resolution_cli.words`
(it joins :class:`~resolution_cli.words.Words` when both are merged):

- **emphasis**: the ``span/@class`` tokens that mark a lead phrase in the UN's
  AKN files. Every token must be present (Arabic prints ``class="bold italic"``):
  English, French, Spanish and Russian print the lead in italics ("*Recalling*",
  "*Rappelant*", "*Recordando*", "*руководствуясь*"), Chinese in bold ("**回顾**"),
  Arabic in bold italics ("***وإذ تشير***", ``class="bold italic"``): the table
  asks for the italic token alone there, since 75/326 prints its operative leads
  in italics alone, with the rest of the paragraph in bold (requiring both tokens
  loses those 35 leads and finds no other). The AKN reader takes the first such span
  of a paragraph as its lead phrase when the text starts with it
  (:mod:`resolution_cli.readers.akn.flow`); the lead is kept as printed (Russian
  lower case included), white space at its ends dropped.
- **verb_match**: how ``--verb PHRASE`` (``list``, ``grep``, ``search``) matches a
  lead phrase of that language (:func:`resolution_cli.query.verb_matches`):

  - ``"stem"`` (English): the stems of the phrase's words equal the lead's words,
    from its start or from its verb after adverbs ("welcome" finds *Welcoming*,
    *Also welcomes*);
  - ``"words"`` (French, Spanish, Russian, Arabic): case, accents and Arabic marks
    and letter variants do not matter; the phrase's words start the lead's words,
    from any word of the lead, since adverbs follow the verb (*Rappelant
    également*, *Prie instamment*, *ссылаясь также*) or come first (*вновь
    подтверждая*); in Arabic a word may carry the clitic و or ف ("إذ تشير" finds
    *وإذ تشير أيضا*). "rappel" finds *Rappelant*, *Rappelle* and *Rappelant
    également*: the family of the verb, as a translator looks for it;
  - ``"chars"`` (Chinese): the phrase is a substring of the lead (Chinese has no
    spaces, its adverbs are glued before the verb): "回顾" finds *回顾*, *又回顾*,
    *还回顾*.

This module is on the start-up path of ``show``/``grep``: it imports nothing.
"""

from __future__ import annotations

#: Lead-phrase emphasis by language: every class token must be on the span.
LEAD_EMPHASIS: dict[str, frozenset[str]] = {
    "en": frozenset({"italic"}),
    "fr": frozenset({"italic"}),
    "es": frozenset({"italic"}),
    "ru": frozenset({"italic"}),
    "ar": frozenset({"italic"}),
    "zh": frozenset({"bold"}),
}

#: How ``--verb`` matches a lead phrase, by language (see the module's docstring).
VERB_MATCH: dict[str, str] = {
    "en": "stem",
    "fr": "words",
    "es": "words",
    "ru": "words",
    "ar": "words",
    "zh": "chars",
}

#: Letters glued before a word of a lead phrase ("و" and: "وإذ تشير"), by language.
CLITICS: dict[str, tuple[str, ...]] = {"ar": ("و", "ف")}

#: FRBRlanguage (ISO 639-2/T, as the UN writes it) -> ISO 639-1, the model's ``lang``.
FRBR_LANGUAGES: dict[str, str] = {
    "eng": "en",
    "fra": "fr",
    "spa": "es",
    "rus": "ru",
    "ara": "ar",
    "zho": "zh",
}

#: The language assumed when a file names none (or one not in the tables).
DEFAULT = "en"


def iso_language(code: str | None) -> str | None:
    """An FRBRlanguage code as ISO 639-1 ('fra' -> 'fr'; 'fr' stays); None if none."""
    code = (code or "").strip().lower()
    return FRBR_LANGUAGES.get(code, code if len(code) == 2 else None)


def lead_emphasis(lang: str | None) -> frozenset[str]:
    """The class tokens of a lead phrase's span in language ``lang``."""
    return LEAD_EMPHASIS.get(lang or DEFAULT, LEAD_EMPHASIS[DEFAULT])


def verb_match(lang: str | None) -> str:
    """How ``--verb`` matches a lead phrase of language ``lang``."""
    return VERB_MATCH.get(lang or DEFAULT, "words")
