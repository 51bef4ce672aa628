"""Lead phrases where nothing prints them: an annex, or a document adopted in the body,
with no italics at all.

A declaration annexed to a resolution (75/284, 75/212) may print its paragraphs
"Reaffirm the 2030 Agenda ...", "Recognize ..." with no italics, where the
resolution's own paragraphs print "*Reaffirms*". Both readers apply this rule to
each annex they build (:func:`with_inferred_leads`): when no clause of the annex
(its own preamble and body) has a lead phrase printed in italics, each clause takes
the lead phrase of the lexicon of lead verbs (``data/lexicon.json``, as the text
reader does for a text without markup) that starts its text, marked
``lead_inferred``; a clause that starts with no known phrase keeps none. The same
holds for a document adopted in the resolution's own body ("*Adopts* the following
political declaration:", then the declaration's paragraphs, 74/2 and 75/1): the
paragraphs after the unnumbered adopting one (:func:`with_inferred_body_leads`,
applied by the assembler to the operative part).

The phrases looked for (:func:`declaration_lead`): the lexicon's own (operative
"Decides", preambular "Recalling"), and the operative ones in the form a
declaration prints them, the verb without its "-s" and "its" as "our" ("Reaffirm",
"Also recognize", "Take note", "Express our deep concern"); the longest that starts
the text, followed by no letter, digit or colon; the shorter lead the lexicon prefers for
it ("Takes note of" is printed "*Takes note* of").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from resolution_cli.model import Clause
from resolution_cli.words import LEAD_ADVERBS as _ADVERBS


def _base(word: str) -> str:
    """The verb as "we" says it: "Reaffirms" -> "Reaffirm", "Stresses" -> "Stress",
    "Applies" -> "Apply"."""
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _declared(phrase: str) -> str:
    """An operative phrase as a declaration prints it ("Also reaffirms its commitment"
    -> "Also reaffirm our commitment")."""
    words = phrase.split()
    index = 0
    while index < len(words) - 1 and (
        words[index].lower() in _ADVERBS or words[index].lower().endswith("ly")
    ):
        index += 1
    words[index] = _base(words[index])
    return " ".join("our" if w == "its" else w for w in words)


@cache
def _phrases() -> tuple[tuple[str, ...], dict[str, str]]:
    """Every phrase looked for, longest first, and the lead preferred for some."""
    from resolution_cli.readers.text.leads import _data, lexicon

    preambular, operative = lexicon()
    prefer: dict[str, str] = dict(_data().get("prefer", {}))
    phrases = set(preambular) | set(operative)
    for phrase in operative:
        declared = _declared(phrase)
        phrases.add(declared)
        if phrase in prefer:
            prefer[declared] = _declared(prefer[phrase])
    return tuple(sorted(phrases, key=lambda p: (-len(p), p))), prefer


def declaration_lead(text: str) -> str:
    """The lead phrase of the lexicon that starts ``text`` ('' if none does)."""
    phrases, prefer = _phrases()
    for phrase in phrases:
        after = text[len(phrase) : len(phrase) + 1]  # "Notes:" labels a note, leads nothing
        if text.startswith(phrase) and not after.isalnum() and after != ":":
            return prefer.get(phrase, phrase)
    return ""


def with_inferred_leads(
    preamble: Sequence[Clause], body: Sequence[Clause]
) -> tuple[tuple[Clause, ...], tuple[Clause, ...]]:
    """An annex's own preamble and body, each clause with the lexicon's lead phrase
    marked ``lead_inferred`` when none of them prints one in italics; else as they are."""
    if any(clause.lead for clause in (*preamble, *body)):
        return tuple(preamble), tuple(body)

    def inferred(clause: Clause) -> Clause:
        lead = declaration_lead(clause.text)
        if not lead:
            return clause
        return clause.model_copy(update={"lead": lead, "lead_inferred": True})

    return tuple(map(inferred, preamble)), tuple(map(inferred, body))


def with_inferred_body_leads(operative: Sequence[Clause]) -> tuple[Clause, ...]:
    """The operative part, with the paragraphs of a document adopted in the body given
    the lexicon's lead phrases when none of them prints one: those after the first
    unnumbered paragraph that numbered ones follow ("*Adopts* the following
    declaration:"); else as it is."""
    for index, clause in enumerate(operative):
        rest = operative[index + 1 :]
        if clause.num is None and any(c.num is not None for c in rest):
            _, body = with_inferred_leads((), rest)
            return (*operative[: index + 1], *body)
    return tuple(operative)
