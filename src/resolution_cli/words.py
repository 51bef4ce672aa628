# ruff: noqa: RUF002, RUF003
"""The words of a printed resolution that its structure hangs on, in one table.

The readers (:mod:`resolution_cli.readers`) and the lead-phrase matching of
:mod:`resolution_cli.query` recognise a few words of the printed language: the
adverbs that may come before a lead phrase's verb ("*Also decides*", "*Further
requests*"), the words that label an annex ("Annex II", "Appendix A"), that head
an article ("Article 5", "Rule 7") or a larger division ("Chapter", "Part",
"Section", "Title"), and the word before a section number ("Section 2"). They are
data here, one :class:`Words` per language of the UN (ISO 639-1: ``ar``, ``en``,
``es``, ``fr``, ``ru``, ``zh``), so that a language is one more entry of this table,
not an edit of every rule that reads them. The rules that read them are
:mod:`resolution_cli.readers.assemble` (labels, articles, divisions, sub-paragraph
lettering, printed paragraph numbers) and :mod:`resolution_cli.readers.numbering`
(section numbers).

What each language prints, as read (observed in sessions 74 and 75):

- **en**: paragraphs "1.", sub-paragraphs "(a)", "(i)"; sections "I", "A",
  "Section 2"; "Annex II", "Appendix A"; "Article 5", "Rule 7".
- **fr**, **es**: sub-paragraphs "a)", "i)" (no opening parenthesis) as well as
  "(a)"; sections "I" with the heading on the same line (French prints "I Demande
  de subvention ..." as one bold paragraph); "Annexe I", "Anexo I"; "Article
  premier" (= article 1), "Artículo 1".
- **ru**: as French, the letters sometimes typed in Cyrillic look-alikes "а) с) е)"
  (read as Latin a, c, e for the label's meaning; printed as published);
  "Приложение I", "Статья 1", rules "Правило 9".
- **ar**: paragraphs "1 -" (in ``num`` or at the head of the text); sub-paragraphs
  lettered in abjad order "(أ) (ب) (ج) (د) (ه)/(هـ) (و) ..." (= (a), (b), (c) ...)
  and nested "’1‘ ’2‘"; sections numbered by ordinal adverbs "أولا ثانيا ثالثا"
  (= I, II, III), lettered by letter names "ألف باء جيم" (= A, B, C); annexes
  "المرفق الأول" (the ordinal adjective: annex I); "المادة 1".
- **zh**: sections "一 二 三" (= I, II, III), nested sub-paragraphs "㈠ ㈡" (= (i),
  (ii)); "附件一" (annex I, no space), "第1条" (article 1; rules too).

A few entries are regular-expression fragments (named ``*_pattern``) where a word
list cannot say it ("第1条": the number inside the word).

(The table holds letters of every script, Cyrillic look-alikes of Latin ones
included: ruff's confusable-character rules are off for this module.)

This module is imported by :mod:`resolution_cli.query` on the start-up path of
``show``/``grep``: it imports nothing.
"""

from __future__ import annotations

#: Latin letters in the order sub-paragraphs are lettered: (a), (b) ...
LATIN_LETTERS = tuple("abcdefghijklmnopqrstuvwxyz")


class Words:
    """The structural words of one language's printed resolutions.

    (A plain class, not a NamedTuple or a dataclass: building either costs more
    at start-up than this whole module.)
    """

    __slots__ = (
        "annex_keys",
        "annex_labels",
        "annex_ordinals",
        "article_first",
        "article_pattern",
        "article_suffixes",
        "article_words",
        "bold_sections",
        "clitics",
        "closing_pattern",
        "code",
        "comma",
        "division_pattern",
        "division_words",
        "homoglyphs",
        "lead_adverbs",
        "lead_emphasis",
        "letter_names",
        "letters",
        "lower_case_leads",
        "nested_marks",
        "number_in_text",
        "number_marks",
        "numerals",
        "open_optional",
        "ordinal_tens",
        "ordinal_units",
        "ordinals",
        "paren_numerals",
        "plain_headings",
        "section_split",
        "section_word",
        "teen_word",
        "verb_match",
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
        code: str = "en",
        annex_keys: dict[str, str] | None = None,
        annex_ordinals: tuple[str, ...] = (),
        article_first: tuple[str, ...] = (),
        article_pattern: str = "",
        division_pattern: str = "",
        number_marks: tuple[str, ...] = (".",),
        number_in_text: bool = False,
        letters: tuple[str, ...] = LATIN_LETTERS,
        open_optional: bool = False,
        homoglyphs: str = "",
        nested_marks: tuple[str, str] | None = None,
        paren_numerals: str = "",
        ordinals: tuple[str, ...] = (),
        ordinal_units: tuple[str, ...] = (),
        teen_word: str = "",
        ordinal_tens: tuple[str, ...] = (),
        numerals: str = "",
        letter_names: tuple[str, ...] = (),
        section_split: bool = False,
        bold_sections: bool = False,
        closing_pattern: str = "",
        plain_headings: bool = False,
        lower_case_leads: bool = False,
        lead_emphasis: frozenset[str] = frozenset({"italic"}),
        verb_match: str = "words",
        clitics: tuple[str, ...] = (),
        comma: str = ",",
    ) -> None:
        #: ISO 639-1 code of the language.
        self.code = code
        #: Words that may precede the verb of a lead phrase, lower case ("also decides").
        self.lead_adverbs = lead_adverbs
        #: Words that label an annex, the usual one first ("Annex", "Appendix").
        self.annex_labels = annex_labels
        #: The English word of each label word, for ids that agree across versions
        #: ("Appendice" -> "Appendix": ``annexI.appendix1``); a word absent is its own.
        self.annex_keys = annex_keys or {}
        #: Ordinal adjectives printed as an annex's number, I first ("الأول", "الثاني").
        self.annex_ordinals = annex_ordinals
        #: Words that head an article of an annexed text ("Article 5", "Rule 7").
        self.article_words = article_words
        #: The suffixes of an inserted article number ("Article 5 bis").
        self.article_suffixes = article_suffixes
        #: Words printed for article 1 ("Article premier").
        self.article_first = article_first
        #: An article heading where the number sits inside the words, group 1 the
        #: number ("^第(\\d{1,3})条"); "" for none.
        self.article_pattern = article_pattern
        #: Words that head a division larger than an article ("Chapter II", "Part A").
        self.division_words = division_words
        #: A division heading the words cannot say ("^第[一二三]+章"); "" for none.
        self.division_pattern = division_pattern
        #: The word printed before a section number ("Section 2", "Section II").
        self.section_word = section_word
        #: What may follow a paragraph's printed number: "." ("1."), "-" ("1 -").
        self.number_marks = number_marks
        #: Whether the language's files print a paragraph's number at the head of its
        #: text as a matter of course (Arabic "1 -"): read as its number without a
        #: warning (elsewhere the reader says so).
        self.number_in_text = number_in_text
        #: The letters of sub-paragraphs in lettering order, read as (a), (b) ...
        self.letters = letters
        #: Whether a sub-paragraph label may be printed without its opening
        #: parenthesis ("a)").
        self.open_optional = open_optional
        #: Pairs of characters typed for a Latin letter of a label: "аa сc" (Cyrillic a).
        self.homoglyphs = homoglyphs
        #: The marks around a nested numeral label ("’1‘"), read as (i), (ii) ...
        self.nested_marks = nested_marks
        #: Parenthesised numerals, one character each, read as (i), (ii) ...: "㈠㈡".
        self.paren_numerals = paren_numerals
        #: Ordinal words printed as section numbers 1, 2 ... ("أولا", "ثانيا").
        self.ordinals = ordinals
        #: The ordinal units of compound ordinals, 1 to 9 ("حادي" in "حادي عشر").
        self.ordinal_units = ordinal_units
        #: The word that makes a unit a teen ("عشر": "ثالث عشر" = 13).
        self.teen_word = teen_word
        #: The tens 20, 30 ... ("عشرون"), joined after a unit by "و" ("رابع وعشرون").
        self.ordinal_tens = ordinal_tens
        #: Numerals 1 to 10 ("一二三四五六七八九十"), composed as printed ("十一", "二十").
        self.numerals = numerals
        #: Letter names printed as section letters A, B ... ("ألف", "باء").
        self.letter_names = letter_names
        #: Whether a section number may carry its heading on the same line
        #: ("I Деятельность ...", "一 内部监督事务厅的活动").
        self.section_split = section_split
        #: Whether a paragraph printed all in bold may be a section's number line.
        self.bold_sections = bold_sections
        #: The closing meeting line ("59th plenary meeting"), as the start of a pattern.
        self.closing_pattern = closing_pattern
        #: Whether a paragraph without a number, emphasis or a sentence's end is a
        #: heading (Chinese prints headings so; its sentences all end in "。", "；" ...).
        self.plain_headings = plain_headings
        #: Whether preambular clauses open in lower case (Russian "поскольку",
        #: "ссылаясь"): in an annex's own preamble, a paragraph starting in lower case
        #: is then a clause of its own, not the continuation of the one before.
        self.lower_case_leads = lower_case_leads
        #: The ``span/@class`` tokens that mark a lead phrase in the UN's AKN files,
        #: every one present: italic ("*Recalling*"), bold in Chinese ("**回顾**");
        #: Arabic prints bold italic, but the italic token alone is asked for (75/326
        #: prints its operative leads in italics, the rest of the paragraph in bold).
        self.lead_emphasis = lead_emphasis
        #: How ``--verb PHRASE`` matches a lead phrase (:func:`resolution_cli.query.
        #: verb_matches`): ``"stem"`` (English: the stems of the words, from the
        #: start or from the verb after adverbs: "welcome" finds *Also welcomes*);
        #: ``"words"`` (case, accents and Arabic marks and variants aside, the
        #: phrase's words start the lead's words, from any word: "rappel" finds
        #: *Rappelant également*); ``"chars"`` (Chinese: a substring, "回顾" finds
        #: *又回顾*).
        self.verb_match = verb_match
        #: Letters glued before a word of a lead phrase (Arabic "و", "ف": "وإذ تشير").
        self.clitics = clitics
        #: The comma that ends a preambular clause: ","; Arabic "،"; Chinese the
        #: full-width comma (U+FF0C).
        self.comma = comma


_ARTICLE_SUFFIXES = ("bis", "ter", "quater")

ENGLISH = Words(
    verb_match="stem",
    code="en",
    closing_pattern=r"^\d+(?:st|nd|rd|th) plenary meeting",
    lead_adverbs=frozenset(
        {"also", "further", "again", "once", "furthermore", "moreover", "hereby", "therefore"}
    ),
    annex_labels=("Annex", "Appendix", "Attachment", "Enclosure", "Schedule"),
    article_words=("Article", "Rule"),
    article_suffixes=_ARTICLE_SUFFIXES,
    division_words=("Chapter", "Part", "Section", "Title"),
    section_word="Section",
)

FRENCH = Words(
    code="fr",
    closing_pattern=r"^\d+e séance plénière",
    lead_adverbs=frozenset(),  # --verb matches any word of the lead (verb_match)
    annex_labels=("Annexe", "Appendice", "Pièce jointe", "Additif"),
    annex_keys={"Annexe": "Annex", "Appendice": "Appendix", "Pièce jointe": "Attachment"},
    article_words=("Article",),
    article_suffixes=_ARTICLE_SUFFIXES,
    article_first=("premier",),
    division_words=("Chapitre", "Partie", "Section", "Titre"),
    section_word="Section",
    open_optional=True,
    section_split=True,
    bold_sections=True,
)

SPANISH = Words(
    code="es",
    closing_pattern=r"^(?:\d+[aª]|\w+) sesión plenaria",
    lead_adverbs=frozenset(),  # --verb matches any word of the lead (verb_match)
    annex_labels=("Anexo", "Apéndice", "Adjunto"),
    annex_keys={"Anexo": "Annex", "Apéndice": "Appendix", "Adjunto": "Attachment"},
    article_words=("Artículo",),
    article_suffixes=_ARTICLE_SUFFIXES,
    division_words=("Capítulo", "Parte", "Sección", "Título"),
    section_word="Sección",
    open_optional=True,
    section_split=True,
    bold_sections=True,
)

RUSSIAN = Words(
    code="ru",
    closing_pattern=r"^\d+-[e\u0435] пленарное заседание",
    lead_adverbs=frozenset(),  # --verb matches any word of the lead (verb_match)
    annex_labels=("Приложение", "Добавление", "Дополнение"),
    annex_keys={"Приложение": "Annex", "Добавление": "Appendix", "Дополнение": "Attachment"},
    article_words=("Статья", "Правило"),
    article_suffixes=_ARTICLE_SUFFIXES,
    division_words=("Глава", "Часть", "Раздел"),
    section_word="Раздел",
    open_optional=True,
    lower_case_leads=True,
    homoglyphs="\u0430a\u0441c\u0435e\u043eo\u0440p\u0445x\u0456i",  # Cyrillic а с е о р х і
    section_split=True,
    bold_sections=True,
)

ARABIC = Words(
    clitics=("و", "ف"),
    comma="،",
    code="ar",
    closing_pattern=r"^الجلسة العامة \d+",
    lead_adverbs=frozenset(),
    annex_labels=("المرفق", "التذييل", "الضميمة"),
    annex_keys={"المرفق": "Annex", "التذييل": "Appendix", "الضميمة": "Attachment"},
    annex_ordinals=(
        "الأول",
        "الثاني",
        "الثالث",
        "الرابع",
        "الخامس",
        "السادس",
        "السابع",
        "الثامن",
        "التاسع",
        "العاشر",
    ),
    article_words=("المادة", "القاعدة"),
    article_suffixes=(),
    division_words=("الفصل", "الجزء", "الباب"),
    section_word="الجزء",
    number_marks=("-", "."),
    number_in_text=True,
    letters=tuple("أبجدهوزحطيكلمنسعفصقرشتثخذضظغ"),
    nested_marks=("’", "‘"),
    ordinals=(
        "أولا",
        "ثانيا",
        "ثالثا",
        "رابعا",
        "خامسا",
        "سادسا",
        "سابعا",
        "ثامنا",
        "تاسعا",
        "عاشرا",
    ),
    ordinal_units=("حادي", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع"),
    teen_word="عشر",
    ordinal_tens=("عشرون", "ثلاثون", "أربعون"),
    letter_names=(
        "ألف",
        "باء",
        "جيم",
        "دال",
        "هاء",
        "واو",
        "زاي",
        "حاء",
        "طاء",
        "ياء",
        "كاف",
        "لام",
        "ميم",
        "نون",
        "سين",
        "عين",
        "فاء",
        "صاد",
        "قاف",
        "راء",
    ),
    section_split=True,
    bold_sections=True,
)

CHINESE = Words(
    lead_emphasis=frozenset({"bold"}),
    comma="\uff0c",  # the full-width comma
    verb_match="chars",
    code="zh",
    closing_pattern=r"^第\d+次全体会议",
    lead_adverbs=frozenset(),  # --verb matches any word of the lead (verb_match)
    annex_labels=("附件", "附录", "附文"),
    annex_keys={"附件": "Annex", "附录": "Appendix", "附文": "Attachment"},
    article_words=(),
    article_suffixes=(),
    article_pattern=r"^第(\d{1,3})条",
    division_words=(),
    division_pattern=r"^第[一二三四五六七八九十]{1,3}[章部编节]",
    section_word="",
    paren_numerals="㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩",
    numerals="一二三四五六七八九十",
    plain_headings=True,
    section_split=True,
    bold_sections=True,
)

#: The table by ISO 639-1 code.
WORDS: dict[str, Words] = {w.code: w for w in (ARABIC, CHINESE, ENGLISH, FRENCH, RUSSIAN, SPANISH)}

#: The six official languages, ISO 639-1, in the UN's order of citing them in this tool.
LANGUAGE_CODES = ("en", "fr", "es", "ru", "ar", "zh")

#: FRBRlanguage (ISO 639-2/T, as the UN writes it; the bibliographic "fre", "chi"
#: too) -> ISO 639-1, the model's ``lang``.
FRBR_LANGUAGES: dict[str, str] = {
    "eng": "en",
    "fra": "fr",
    "fre": "fr",
    "spa": "es",
    "rus": "ru",
    "ara": "ar",
    "zho": "zh",
    "chi": "zh",
}

#: ISO 639-1 -> the FRBRlanguage this tool writes (the UN's own, ISO 639-2/T).
FRBR_CODES: dict[str, str] = {
    "en": "eng",
    "fr": "fra",
    "es": "spa",
    "ru": "rus",
    "ar": "ara",
    "zh": "zho",
}


def iso_language(code: str | None) -> str | None:
    """An FRBRlanguage code as ISO 639-1 ('fra' -> 'fr'; 'fr' stays); None if none."""
    code = (code or "").strip().lower()
    return FRBR_LANGUAGES.get(code, code if len(code) == 2 else None)


def words_for(lang: str | None) -> Words:
    """The words of language ``lang`` (ISO 639-1, or the FRBR code); English when unknown."""
    code = (lang or "").strip().lower()
    return WORDS.get(FRBR_LANGUAGES.get(code, code), ENGLISH)


#: The lead-phrase adverbs of the language read (see :attr:`Words.lead_adverbs`).
LEAD_ADVERBS = ENGLISH.lead_adverbs
