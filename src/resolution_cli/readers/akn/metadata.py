"""AKN4UN: the cover page, the preface, the conclusions and meta.

- the cover page: symbol (``docNumber``), organ (``docAuthority`` of the issuing
  body), distribution (``docStatus``, without ``Distr.:``), date of issue
  (``docDate``), session (``session``), agenda items (``inline`` "agenda item"
  and "agenda item name"; "Agenda items 139 and 151" gives two items), the
  committee line and the drafts (``docProponent`` and its ``inline``
  "originating document");
- the preface: number (``docNumber`` without its final dot) and title (without
  a leading dash and white space, "- " in the Arabic files); a
  resolution published in parts (``75/253 B``) adds its letter to the number,
  and a part's own title, when it has one, is the title;
- the conclusions: the adoption meeting;
- meta (facts not printed in the document, listed in ``provenance``): the work
  URI, the adoption date, the sponsors and additional sponsors (split into State
  names: :mod:`.names`), the meeting record and how the resolution was adopted
  (``voting/@outcome``: "Without a vote", "Recorded vote");
- the recorded vote (``meta/analysis/parliamentary/voting``): each ``count``
  (``refersTo`` inFavour, against, abstaining; nonVoting/notVoting/absent where
  a file records it) gives its value and its States (``akn4un:voters`` /
  ``organization``, names as printed, with a warning for a name not in the list
  of States) to :class:`~resolution_cli.model.Vote`; a kind that a recorded vote
  does not print had none (0), the non-voting excepted (None: not recorded).
  No ``count`` at all: no recorded vote (``vote`` is None).
"""

from __future__ import annotations

import re
from datetime import date

from resolution_cli.errors import LoadError
from resolution_cli.model import AgendaItem, Meeting, PrintedLines, Vote
from resolution_cli.readers.akn.body import _Reader
from resolution_cli.readers.akn.flow import _Flow
from resolution_cli.readers.akn.names import _split_names, is_state_name, split_states
from resolution_cli.readers.akn.xml import (
    Element,
    Warn,
    _child,
    _children,
    _descendants,
    _first,
    _plain,
    normalise,
)
from resolution_cli.words import iso_language

_SYMBOL = re.compile(r"^[A-Z]+(?:/[\w.\-]+)+")
_COLLECTION_SUFFIX = re.compile(r"\s+[A-Z](?:-[A-Z])+$")

_PROVENANCE_META = "AKN4UN XML (meta/identification/FRBRWork)"
_PROVENANCE_WORKFLOW = "AKN4UN XML (meta/workflow)"
_PROVENANCE_VOTING = "AKN4UN XML (meta/analysis/parliamentary/voting)"


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        found = date.fromisoformat(value.strip())
    except ValueError:
        return None
    return None if found.year < 1900 else found


def _drafts(value: str) -> tuple[str, ...]:
    """'A/75/L.72 and A/75/L.72/Add.1' -> both; 'A/75/399, para. 96' stays one."""
    pieces = _split_names(value) if value and not value[0].islower() else (value,)
    drafts: list[str] = []
    for piece in pieces:
        if drafts and not _SYMBOL.match(piece):
            drafts[-1] = f"{drafts[-1]}, {piece}"
        else:
            drafts.append(piece)
    return tuple(d for d in drafts if d)


def _agenda(cover: Element | None) -> tuple[AgendaItem, ...]:
    numbers: list[str] = []
    titles: list[str] = []
    for inline in _descendants(cover, "inline"):
        kind = inline.get("name")
        if kind == "agenda item":
            numbers += re.findall(r"\d+(?:\s*\([a-z]+\))?", _plain(inline))
        elif kind == "agenda item name":
            titles.append(_plain(inline))
    count = max(len(numbers), len(titles))
    numbers += [""] * (count - len(numbers))
    titles += [""] * (count - len(titles))
    return tuple(AgendaItem(number=n, title=t) for n, t in zip(numbers, titles, strict=True))


def _committee(cover: Element | None) -> str:
    proponent = _first(cover, "docProponent")
    if proponent is None:
        return ""
    text = _plain(proponent)
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1].strip()
    origin = _first(proponent, "inline", name="originating document")
    if origin is not None:
        inner = _plain(origin)
        for form in (f"({inner})", inner):
            if text.endswith(form):
                text = text[: -len(form)].strip()
                break
    return text


def _adoption_type(outcome: str | None) -> str | None:
    if not outcome:
        return None
    key = outcome.strip()
    lowered = key.lower().replace(" ", "")
    if lowered.startswith(("adoptedwithoutvote", "adoptedwithoutavote")):
        return "Without a vote"
    if lowered.startswith("adoptedrecordedvote") or re.match(r"adopted\d+-\d+-\d+", lowered):
        return "Recorded vote"
    return key


def meeting_of_line(text: str) -> Meeting:
    """The meeting of a closing line the main body prints ("Primera sesión plenaria",
    "الجلسة العامة 48 (المستأنفة)"): its text as printed, and its number if it writes one."""
    found = re.search(r"\d+", text)
    return Meeting(name=text, number=int(found.group()) if found else None)


def _meeting(conclusions: Element | None) -> Meeting | None:
    inline = _first(conclusions, "inline", name="adoptionMeeting")
    if inline is None:
        return None
    text = _plain(inline)
    match = re.match(r"\d+", text) or re.match(r"\d+", inline.get("title") or "")
    return Meeting(name=text, number=int(match.group()) if match else None)


def _work_uri(meta: Element | None) -> str | None:
    work = _first(meta, "FRBRWork")
    this = _child(work, "FRBRthis")
    value = (this.get("value") if this is not None else None) or ""
    return value.rstrip("/") or None


#: The session in a work URI: ``/akn/un/…/unga/2021-04-16/75-272/!main`` -> 75 (``S-32-1``: 32).
_WORK_SESSION = re.compile(r"/unga/[^/]*/(?:E?S-)?(\d+)-")


def _lang(meta: Element | None) -> str | None:
    """The version's language: ``FRBRExpression/FRBRlanguage/@language`` in ISO 639-1."""
    expression = _first(meta, "FRBRExpression")
    found = _child(expression, "FRBRlanguage")
    return iso_language(found.get("language") if found is not None else None)


#: A dash and white space before a title: the Arabic files print "-\tدور مركز …" (the
#: dash of the printed layout, not a word of the title).
_TITLE_DASH = re.compile(r"^[-\u2010-\u2015\u2212]\s+")


def _title(text: str) -> str:
    """A title without the stray dash the UN's Arabic files print before it."""
    return _TITLE_DASH.sub("", text)


def _adopted(meta: Element | None) -> date | None:
    work = _first(meta, "FRBRWork")
    for item in _children(work, "FRBRdate") if work is not None else ():
        if item.get("name") == "adoption":
            return _date(item.get("date"))
    return None


#: ``count/@refersTo`` of a recorded vote -> the Vote fields of its count and its names.
_COUNTS = {
    "inFavour": ("in_favour", "yes"),
    "against": ("against", "no"),
    "abstaining": ("abstaining", "abstain"),
    "nonVoting": ("non_voting", "absent"),
    "notVoting": ("non_voting", "absent"),
    "absent": ("non_voting", "absent"),
}


def _vote(voting: Element | None, name: str, warn: Warn) -> Vote | None:
    """The recorded vote of the ``voting`` block: each ``count`` (in favour, against,
    abstaining, not voting) with its value and the States of its ``voters``, names as
    printed. A recorded vote that prints no count of a kind had none of that kind (0),
    except the non-voting, which is None unless recorded. No count: no recorded vote."""
    counts = list(_children(voting, "count")) if voting is not None else []
    if not counts:
        return None
    fields: dict[str, object] = {"in_favour": 0, "against": 0, "abstaining": 0}
    for count in counts:
        kind = (count.get("refersTo") or "").lstrip("#")
        if kind not in _COUNTS:
            warn(f"{name}: line {count.sourceline}: <count refersTo={kind!r}> not read as a vote")
            continue
        number, names = _COUNTS[kind]
        value = (count.get("value") or "").strip()
        states = tuple(
            " ".join(o.text.split()) if len(o) == 0 and o.text else _plain(o)
            for o in count.iter("{*}organization")
        )
        for state in states:
            if not is_state_name(state):
                warn(f"{name}: line {count.sourceline}: {state!r} is not a State name of the list")
        fields[number] = int(value) if value.isdigit() else len(states)
        fields[names] = states
    return Vote.model_validate(fields)


def _states(
    step: Element | None, name: str, warn: Warn, notes: list[str] | None = None
) -> tuple[str, ...]:
    """The State names of a workflow step's ``by`` (sponsors), warnings naming its line;
    a note printed after the last name goes to ``notes``."""
    if step is None:
        return ()

    def say(message: str) -> None:
        warn(f"{name}: line {step.sourceline}: <step {step.get('outcome')}>: {message}")

    return split_states(step.get("by") or "", say, notes)


def front(
    doc: Element, statement: Element, label: str | None, reader: _Reader, name: str
) -> dict[str, object]:
    """The facts of the cover page and the preface (footnotes of the preface kept)."""
    cover = _child(doc, "coverPage")
    preface = _child(doc, "preface")

    # number, letter and title
    preface_ps = list(_children(preface, "p")) if preface is not None else []
    main_p = preface_ps[0] if preface_ps else preface
    number = _plain(_child(main_p, "docNumber")).rstrip(".").strip() if main_p is not None else ""
    titles = (
        [_title(_plain(t)) for t in _children(main_p, "docTitle")] if main_p is not None else []
    )
    title = "; ".join(t for t in titles if t)
    letter: str | None = None
    part_title = ""
    if label is not None:
        letter = label
        part_preface = _child(statement, "preface")
        part_title = _title(_plain(_first(part_preface, "docTitle")))
    else:
        numbers = list(_descendants(preface, "docNumber"))
        if len(numbers) > 1:
            letter = _plain(numbers[1]).rstrip(".").strip() or None
            holder = numbers[1].getparent()
            if holder is not None and holder is not main_p:
                part_title = _title(_plain(_child(holder, "docTitle")))
    notes = list(_descendants(preface, "authorialNote"))  # e.g. on the letter "B"
    if statement is not doc:
        notes += _descendants(_child(statement, "preface"), "authorialNote")
    for note in notes:
        reader.note(note, _Flow())
        marker = (note.get("marker") or "").strip()
        if marker.isdigit():  # the title holds no markers: say so, never lose it silently
            reader.say(
                note,
                f"footnote {marker} is cited in the title (preface); the footnote is kept, "
                "the place of its marker is not",
            )
    if letter:
        number = f"{number} {letter}"
    if part_title:
        title = part_title

    symbol = _plain(_first(cover, "docNumber"))
    if label is not None and symbol:
        if _COLLECTION_SUFFIX.search(symbol):
            symbol = _COLLECTION_SUFFIX.sub(f" {label}", symbol)
        else:
            symbol = f"{symbol} {label}"
    if not symbol:
        raise LoadError(name, "no document symbol (coverPage docNumber)")

    organ = _plain(_first(cover, "docAuthority", refersTo="#issuingBody")) or "General Assembly"
    session_el = _first(cover, "session")
    session: int | None = None
    if session_el is not None and (session_el.get("value") or "").strip().isdigit():
        session = int(session_el.get("value") or "")
    status = _plain(_first(cover, "docStatus"))
    distribution = re.sub(r"^Distr\.\s*:?\s*", "", status)
    issued_el = _first(cover, "docDate")
    issued = _date(issued_el.get("date")) if issued_el is not None else None
    origin = _first(cover, "inline", name="originating document")
    drafts = _drafts(_plain(origin)) if origin is not None else ()
    return {
        "symbol": symbol,
        "number": number,
        "title": title,
        "organ": organ,
        "session": session,
        "session_name": _plain(session_el),
        "agenda_items": _agenda(cover),
        "distribution": distribution,
        "issued": issued,
        "committee": _committee(cover),
        "drafts": drafts,
    }


def facts(doc: Element, statement: Element, name: str, warn: Warn) -> dict[str, object]:
    """The facts of meta and the conclusions, with the provenance of each."""
    meta = _child(doc, "meta")
    part_meta = _child(statement, "meta") if statement is not doc else None
    # meta
    provenance: dict[str, str] = {}
    work_uri = _work_uri(part_meta) or _work_uri(meta)
    if work_uri:
        provenance["work_uri"] = _PROVENANCE_META
    adopted = _adopted(part_meta) or _adopted(meta)
    if adopted:
        provenance["adopted"] = _PROVENANCE_META
    steps = {s.get("outcome"): s for s in _descendants(_child(meta, "workflow"), "step")}
    main_step = steps.get("draftResolution")
    notes: list[str] = []
    sponsors = _states(main_step, name, warn, notes)
    extra_step = steps.get("draftResolutionAdditionalSponsors")
    additional = _states(extra_step, name, warn, notes)
    if sponsors:
        provenance["sponsors"] = _PROVENANCE_WORKFLOW
    if additional:
        provenance["additional_sponsors"] = _PROVENANCE_WORKFLOW
    record: str | None = None
    if "adopted" in steps:
        given = normalise(steps["adopted"].get("as") or "")
        record = given if _SYMBOL.match(given) else None
    if record:
        provenance["record"] = _PROVENANCE_WORKFLOW
    voting = _first(meta, "voting")
    adoption_type = _adoption_type(voting.get("outcome") if voting is not None else None)
    if adoption_type:
        provenance["adoption_type"] = _PROVENANCE_VOTING
    vote = _vote(voting, name, warn)
    if vote is not None:
        provenance["vote"] = _PROVENANCE_VOTING

    # This tool's own export records where each fact came from: keep that record.
    recorded = {
        item.get("field") or "": normalise(item.text or "")
        for item in _descendants(_child(meta, "proprietary"), "provenance")
    }
    if recorded:
        provenance = {field: origin for field, origin in recorded.items() if field}
    # The session from the language-neutral work URI, not the cover's (missing or wrong
    # in some versions: 74/124 fr says 64); the cover's when there is no URI.
    found = _WORK_SESSION.search(work_uri or "")
    session = {"session": int(found.group(1))} if found else {}
    return {
        **session,
        "adopted": adopted,
        "meeting": _meeting(_child(statement, "conclusions")),
        "adoption_type": adoption_type,
        "record": record,
        "sponsors": sponsors,
        "additional_sponsors": additional,
        "sponsor_notes": tuple(notes),
        "work_uri": work_uri,
        "lang": _lang(part_meta) or _lang(meta),
        "provenance": provenance,
        "vote": vote,
    }


def printed_lines(doc: Element, statement: Element) -> PrintedLines:
    """The cover's and the closing's lines as this version prints them (its language's
    words and dates), for a version not in English (:class:`~resolution_cli.model.
    PrintedLines`)."""
    cover = _child(doc, "coverPage")
    issued = _first(cover, "docDate")
    adopted_line = next(
        (t for t in _descendants(cover, "docTitle") if t.get("refersTo") != "#resolutionTitle"),
        None,
    )
    closing = _first(_child(statement, "conclusions"), "docDate")
    return PrintedLines(
        distribution=_plain(_first(cover, "docStatus")) or None,
        issued=_plain(issued) or None if issued is not None else None,
        agenda=tuple(
            _plain(i) for i in _descendants(cover, "inline") if i.get("name") == "agenda item"
        ),
        adopted_line=_plain(adopted_line) or None if adopted_line is not None else None,
        adopted=_plain(closing) or None if closing is not None else None,
    )
