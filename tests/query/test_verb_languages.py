"""``--verb`` in every official language (:func:`resolution_cli.query.verb_matches`,
the rule per language in :attr:`resolution_cli.words.Words.verb_match`), and ``search --verb`` on a
small index of 75/272 in the six languages.

What a delegate or a translator expects: the family of a verb, whatever adverb goes
with it and wherever the language puts that adverb, with accents, case, Arabic marks
and letter variants optional; English keeps its stem rule unchanged.
"""

from __future__ import annotations

import json

import pytest

from conftest import require_shared
from helpers import run
from resolution_cli.query import verb_matches

FOUND = [
    # English: stems, from the start or after adverbs (unchanged)
    ("en", "Recalling also", "recall"),
    ("en", "Also recalls", "recall"),
    ("en", "Welcoming", "welcomes"),
    # French, Spanish: adverbs after the verb; accents and case optional
    ("fr", "Rappelant", "rappel"),
    ("fr", "Rappelant également", "Rappelant"),
    ("fr", "Rappelle en outre", "rappel"),
    ("fr", "Prie instamment", "prie"),
    ("fr", "Réaffirmant", "reaffirm"),
    ("fr", "Se félicite", "felicite"),
    ("es", "Recordando también", "recordando"),
    ("es", "Acogiendo con beneplácito", "acogiendo con"),
    # Russian: lower case as printed, adverbs before or after
    ("ru", "ссылаясь также", "Ссылаясь"),
    ("ru", "вновь подтверждая", "подтвержд"),
    # Arabic: the clitic و, marks and alef variants optional
    ("ar", "وإذ تشير أيضا", "إذ تشير"),
    ("ar", "وإذ تشير", "اذ تشير"),
    ("ar", "تقرر أيضا", "تُقرِّر"),
    # Chinese: a substring (adverbs glued before the verb)
    ("zh", "又回顾", "回顾"),
    ("zh", "还欢迎", "欢迎"),
    ("zh", "关切地注意到", "注意到"),
]

NOT_FOUND = [
    ("en", "Takes note", "note"),  # English: unchanged, the verb is "takes"
    ("en", "Recalling", "rappel"),
    ("fr", "Rappelant", "prie"),
    ("fr", "Prie", "rappel"),
    ("ru", "отмечая", "ссылаясь"),
    ("ar", "وإذ تلاحظ", "إذ تشير"),
    ("zh", "回顾", "又回顾"),
    ("zh", "欢迎", "回顾"),
    ("fr", "", "rappel"),
]


@pytest.mark.parametrize(("lang", "lead", "phrase"), FOUND)
def test_found(lang: str, lead: str, phrase: str) -> None:
    assert verb_matches(lead, phrase, lang)


@pytest.mark.parametrize(("lang", "lead", "phrase"), NOT_FOUND)
def test_not_found(lang: str, lead: str, phrase: str) -> None:
    assert not verb_matches(lead, phrase, lang)


def test_no_language_is_english() -> None:
    assert verb_matches("Also recalls", "recall", None)
    assert not verb_matches("Takes note", "note", None)


LANGS = {"en": "English", "fr": "French", "es": "Spanish", "ru": "Russian"}
LANGS |= {"ar": "Arabic", "zh": "Chinese"}
SUFFIX = {"en": "E", "fr": "F", "es": "S", "ru": "R", "ar": "A", "zh": "C"}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """75/272 in the six languages."""
    root = require_shared(75).parent
    path = str(tmp_path_factory.mktemp("verbs") / "i.sqlite")
    files = [str(root / LANGS[lang] / f"75_272_{SUFFIX[lang]}.xml") for lang in LANGS]
    result = run("--db", path, "corpus", "add", "-j", "1", "-q", *files)
    assert result.exit_code == 0, result.output
    return path


@pytest.mark.parametrize(
    ("lang", "phrase"),
    [
        ("en", "recall"),
        ("fr", "rappel"),
        ("es", "recordando"),
        ("ru", "ссылаясь"),
        ("ar", "إذ تشير"),
        ("zh", "回顾"),
    ],
)
def test_search_verb_in_each_language(db: str, lang: str, phrase: str) -> None:
    """75/272 recalls in PP2, PP3 ("also") and PP9, in every language."""
    result = run("--db", db, "search", "--verb", phrase, "--lang", lang, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["PP2", "PP3", "PP9"]
    assert {r["lang"] for r in records} == {lang}


def test_search_verb_in_all_languages(db: str) -> None:
    """One phrase matches in its own language only: 回顾 is no French lead."""
    result = run("--db", db, "search", "--verb", "回顾", "--lang", "all", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["lang"] for r in records} == {"zh"}
