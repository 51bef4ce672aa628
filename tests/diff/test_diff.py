"""resolution diff: pairing, word edits, records and summary, on hand-built and real pairs."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import load_official, require_shared
from resolution_cli.diff import Scope, compare
from resolution_cli.diff.align import align, similarity
from resolution_cli.diff.words import tokenize, word_diff, words
from resolution_cli.loader import load
from resolution_cli.model import Clause, Footnote, FootnoteRef, Part, Resolution, Section
from resolution_cli.render.diff_records import diff_record

# --- building resolutions by hand -------------------------------------------------------------


def _clause(part: Part, index: int, text: str, notes: tuple[int, ...] = ()) -> Clause:
    verb = re.match(r"(\w+(?: also| further)?)", text)
    return Clause(
        id=f"{part.prefix}{index}",
        part=part,
        number=index,
        num=f"{index}." if part is Part.OPERATIVE else None,
        verb=verb.group(1) if verb else "",
        text=text,
        markers=tuple(FootnoteRef(number=n, offset=len(text) - 1) for n in notes),
    )


def make(
    pre: list[str],
    ops: list[str],
    symbol: str = "A/RES/74/1",
    notes: dict[str, tuple[int, ...]] | None = None,
    footnotes: dict[int, str] | None = None,
    **header: Any,
) -> Resolution:
    """A resolution with these preambular and operative texts; ``notes`` maps an id to the
    footnotes its text cites."""
    notes = notes or {}
    preamble = tuple(
        _clause(Part.PREAMBULAR, k, t, notes.get(f"PP{k}", ())) for k, t in enumerate(pre, 1)
    )
    operative = tuple(
        _clause(Part.OPERATIVE, k, t, notes.get(f"OP{k}", ())) for k, t in enumerate(ops, 1)
    )
    return Resolution(
        symbol=symbol,
        number=symbol.removeprefix("A/RES/"),
        title=header.pop("title", "A test"),
        preamble=preamble,
        operative=operative,
        footnotes=tuple(Footnote(number=n, text=t) for n, t in (footnotes or {}).items()),
        **header,
    )


def marked(record: dict[str, Any]) -> str:
    """A record's diff written as git --word-diff=plain writes it (independent of our code)."""
    out = []
    for segment in record["diff"]:
        text = segment["text"]
        out.append(
            {"equal": text, "delete": f"[-{text}-]", "insert": f"{{+{text}+}}"}[segment["op"]]
        )
    return "".join(out)


def rows(old: Resolution, new: Resolution, **scope: str) -> list[tuple[str, Any, Any, str]]:
    """(op, old id, new id, marked diff) of each record."""
    result = compare(old, new, Scope(**scope))
    return [
        (r["op"], r["old"], r["new"], marked(r)) for r in (diff_record(x) for x in result.records)
    ]


A = "Encourages the Regional Centre to continue to liaise with the Governments of the region;"
B = "Welcomes the assistance of the Regional Centre in implementing the initiatives of the region;"
C = "Notes the need to continue the cooperation of the Regional Centre with the countries;"
D = "Requests the Secretary-General to submit a report on the activities of the Regional Centre;"
X = "Decides to include in the provisional agenda of its next session the item entitled “Peace”."


# --- words ----------------------------------------------------------------------------------


def test_tokens_join_back_and_keep_symbols_whole() -> None:
    text = (
        "Recalling resolution 74/19 and GC(64)/RES/12, the Secretary-General’s report\n(a) 1,000 "
    )
    tokens = tokenize(text)
    assert "".join(tokens) == text
    for whole in ("74/19", "GC(64)/RES/12", "Secretary-General’s", "1,000"):
        assert whole in tokens
    assert "(" in tokens and "a" in tokens  # a sub-paragraph label is punctuation and a word


def test_word_diff_reads_as_a_person_marks_it() -> None:
    assert word_diff("Welcoming the report,", "Welcoming also the report,") == [
        ("equal", "Welcoming "),
        ("insert", "also "),
        ("equal", "the report,"),
    ]
    # an equal run holding no word does not cut a replacement in two
    assert word_diff(
        "report of the Secretary-General on it", "report of the Chair, ad interim on it"
    ) == [
        ("equal", "report of the "),
        ("delete", "Secretary-General"),
        ("insert", "Chair, ad interim"),
        ("equal", " on it"),
    ]
    assert word_diff("a b c.", "a c.") == [("equal", "a "), ("delete", "b "), ("equal", "c.")]
    assert word_diff("", "new") == [("insert", "new")]
    assert word_diff("old", "") == [("delete", "old")]
    assert word_diff("", "") == []


def test_similarity_is_on_words_case_and_punctuation_aside() -> None:
    assert words("Welcoming, ALSO the report.") == ["welcoming", "also", "the", "report"]
    assert similarity(words("The report."), words("the report")) == 1.0
    assert similarity(["a", "b"], ["c", "d"]) == 0.0


# --- hand-built cases, exact records --------------------------------------------------------


def test_identical_resolutions_have_no_differences() -> None:
    r = make([A], [B, C])
    result = compare(r, r)
    assert [x.op for x in result.records] == ["same", "same", "same"]
    assert not result.differ
    assert result.summary.counts == {"same": 3, "changed": 0, "added": 0, "deleted": 0, "moved": 0}


def test_insert_renumbers_without_breaking_pairs() -> None:
    assert rows(make([], [A, B, C]), make([], [A, X, B, C])) == [
        ("same", "OP1", "OP1", A),
        ("added", None, "OP2", f"{{+{X}+}}"),
        ("same", "OP2", "OP3", B),
        ("same", "OP3", "OP4", C),
    ]


def test_delete() -> None:
    assert rows(make([], [A, B, C]), make([], [A, C])) == [
        ("same", "OP1", "OP1", A),
        ("deleted", "OP2", None, f"[-{B}-]"),
        ("same", "OP3", "OP2", C),
    ]


def test_deletion_comes_before_the_addition_in_its_place() -> None:
    assert rows(make([], [A, B, C]), make([], [A, X, C])) == [
        ("same", "OP1", "OP1", A),
        ("deleted", "OP2", None, f"[-{B}-]"),
        ("added", None, "OP2", f"{{+{X}+}}"),
        ("same", "OP3", "OP3", C),
    ]


def test_move() -> None:
    result = compare(make([], [A, B, C, D]), make([], [A, C, D, B]))
    records = [diff_record(r) for r in result.records]
    assert [(r["op"], r["old"], r["new"], r["moved"], r["changed"]) for r in records] == [
        ("same", "OP1", "OP1", False, False),
        ("same", "OP3", "OP2", False, False),
        ("same", "OP4", "OP3", False, False),
        ("moved", "OP2", "OP4", True, False),
    ]
    assert result.summary.counts["moved"] == 1 and result.differ


def test_moved_and_changed() -> None:
    b2 = B.replace("initiatives", "many initiatives")
    records = [diff_record(r) for r in compare(make([], [B, A, C]), make([], [A, C, b2])).records]
    assert [(r["op"], r["old"], r["new"], r["moved"], r["changed"]) for r in records] == [
        ("same", "OP2", "OP1", False, False),
        ("same", "OP3", "OP2", False, False),
        ("moved", "OP1", "OP3", True, True),
    ]
    assert marked(records[2]) == B.replace("the initiatives", "the {+many +}initiatives")


def test_split_paragraph_pairs_with_its_larger_part() -> None:
    old = (
        "Requests the Secretary-General to submit to the General Assembly at its next session "
        "a report on the implementation of the present resolution, and decides to include "
        "the item in its agenda;"
    )
    first = (
        "Requests the Secretary-General to submit to the General Assembly at its next session "
        "a report on the implementation of the present resolution;"
    )
    second = "Decides to include the item in its agenda;"
    assert rows(make([], [A, old]), make([], [A, first, second])) == [
        ("same", "OP1", "OP1", A),
        (
            "changed",
            "OP2",
            "OP2",
            first[:-1] + "[-, and decides to include the item in its agenda-];",
        ),
        ("added", None, "OP3", f"{{+{second}+}}"),
    ]
    split = compare(make([], [A, old]), make([], [A, first, second])).records
    assert [(r.split_from, r.merged_into) for r in split] == [
        (None, None),
        (None, None),
        ("OP2", None),
    ]
    # the reverse: two paragraphs merged into one
    merged = compare(make([], [A, first, second]), make([], [A, old])).records
    assert [(r.op, r.old_id, r.new_id, r.merged_into) for r in merged] == [
        ("same", "OP1", "OP1", None),
        ("changed", "OP2", "OP2", None),
        ("deleted", "OP3", None, "OP2"),
    ]
    # an added paragraph that merely shares a few words is no split
    other = compare(make([], [A, old]), make([], [A, first, X])).records
    assert [r.split_from for r in other] == [None, None, None]


def test_lead_phrase_change() -> None:
    old = "Welcoming the report of the Secretary-General on the work of the Regional Centre,"
    new = "Welcoming also the report of the Secretary-General on the work of the Regional Centre,"
    (record,) = [diff_record(r) for r in compare(make([old], []), make([new], [])).records]
    assert record["op"] == "changed"
    assert (record["verb_old"], record["verb_new"]) == ("Welcoming", "Welcoming also")
    assert record["diff"] == [
        {"op": "equal", "text": "Welcoming "},
        {"op": "insert", "text": "also "},
        {"op": "equal", "text": old.removeprefix("Welcoming ")},
    ]


def test_footnote_added_to_the_same_words() -> None:
    old = make([A], [], footnotes={1: "A/74/100."}, notes={})
    new = make(
        [A],
        [],
        symbol="A/RES/75/1",
        notes={"PP1": (2,)},
        footnotes={1: "A/74/100.", 2: "See A/75/303."},
    )
    (record,) = [diff_record(r) for r in compare(old, new).records]
    assert record == {
        "op": "changed",
        "old": "PP1",
        "new": "PP1",
        "part": "preambular",
        "section": None,
        "annex": None,
        "moved": False,
        "changed": True,
        "similarity": 1.0,
        "by_place": False,
        "old_text": A,
        "new_text": A,
        "diff": [{"op": "equal", "text": A}],
        "verb_old": "Encourages",
        "verb_new": "Encourages",
        "footnotes_added": ["See A/75/303."],
        "footnotes_removed": [],
        "refs_added": ["A/75/303"],
        "refs_removed": [],
        "split_from": None,
        "merged_into": None,
    }


def test_renumbered_footnote_with_the_same_text_is_no_change() -> None:
    old = make([A], [], notes={"PP1": (1,)}, footnotes={1: "A/74/100."})
    new = make([A], [], notes={"PP1": (3,)}, footnotes={3: "A/74/100."})
    assert [r.op for r in compare(old, new).records] == ["same"]


def test_two_near_identical_paragraphs_keep_their_partners() -> None:
    r1 = "Recalling its resolution 73/1 of 1 January 2019 on the Regional Centre,"
    r2 = "Recalling its resolution 73/2 of 2 January 2019 on the Regional Centre,"
    n1, n2 = r1.replace("2019", "2020"), r2.replace("2019", "2020")
    assert rows(make([r1, r2], []), make([n1, n2], [])) == [
        ("changed", "PP1", "PP1", r1.replace("2019", "[-2019-]{+2020+}")),
        ("changed", "PP2", "PP2", r2.replace("2019", "[-2019-]{+2020+}")),
    ]
    # swapped, unchanged: one pair stays in order, the other moved; none is rewritten
    assert rows(make([r1, r2], []), make([r2, r1], [])) == [
        ("moved", "PP2", "PP1", r2),
        ("same", "PP1", "PP2", r1),
    ]


def test_unrelated_clauses_do_not_pair() -> None:
    assert rows(make([], [A]), make([], [X])) == [
        ("deleted", "OP1", None, f"[-{A}-]"),
        ("added", None, "OP1", f"{{+{X}+}}"),
    ]


def test_parts_pair_only_with_themselves() -> None:
    # the same words as a preambular clause and as an operative paragraph never pair
    assert [r[0] for r in rows(make([A], []), make([], [A]))] == ["deleted", "added"]


def test_sections_pair_by_number() -> None:
    def sectioned(texts: dict[str, list[str]], symbol: str) -> Resolution:
        sections = tuple(
            Section(
                num=num,
                operative=tuple(
                    _clause(Part.OPERATIVE, k, t).model_copy(
                        update={"id": f"{num}.OP{k}", "section": num}
                    )
                    for k, t in enumerate(items, 1)
                ),
            )
            for num, items in texts.items()
        )
        return Resolution(symbol=symbol, number="1", title="T", sections=sections)

    old = sectioned({"I": [A, B], "II": [C]}, "A/RES/74/1")
    new = sectioned({"I": [A], "II": [B, C], "III": [D]}, "A/RES/75/1")
    assert rows(old, new) == [
        ("same", "I.OP1", "I.OP1", A),
        ("deleted", "I.OP2", None, f"[-{B}-]"),
        ("added", None, "II.OP1", f"{{+{B}+}}"),
        ("same", "II.OP1", "II.OP2", C),
        ("added", None, "III.OP1", f"{{+{D}+}}"),
    ]
    assert rows(old, new, section="ii") == [
        ("added", None, "II.OP1", f"{{+{B}+}}"),
        ("same", "II.OP1", "II.OP2", C),
    ]


def test_scope_limits_the_comparison_and_the_exit_status() -> None:
    old, new = make([A], [B], title="Old"), make([A], [B], title="New")
    assert compare(old, new).differ  # the title changed
    limited = compare(old, new, Scope(part="operative"))
    assert [r.old_id for r in limited.records] == ["OP1"] and not limited.differ


def test_summary_header_changes() -> None:
    old = make([A], [B], title="T", sponsors=("Chile", "Peru"), adoption_type="Without a vote")
    new = make(
        [A],
        [B + " Adds words here"],
        symbol="A/RES/75/9",
        title="T",
        sponsors=("Peru", "Bosnia and Herzegovina"),
        additional_sponsors=("Chile",),
        adoption_type="Recorded vote",
    )
    summary = compare(old, new).summary
    assert summary.sponsors_added == ("Bosnia and Herzegovina",)
    assert summary.sponsors_removed == ()
    assert summary.adoption_type == ("Without a vote", "Recorded vote")
    assert summary.title is None
    assert (summary.words_inserted, summary.words_deleted) == (3, 0)


# --- the property: random edits on the bundled resolution --------------------------------------

WORDS = st.sampled_from(["peace", "the", "Centre", "74/19", "development,", "(a)", "also"])


@st.composite
def edited(draw: st.DrawFn) -> tuple[Resolution, Resolution]:
    old = load(None)
    parts: dict[Part, list[Clause]] = {
        Part.PREAMBULAR: list(old.preamble),
        Part.OPERATIVE: list(old.operative),
    }
    for _ in range(draw(st.integers(0, 8))):
        part = draw(st.sampled_from(list(parts)))
        clauses = parts[part]
        kind = draw(st.sampled_from(["word", "insert", "delete", "move"]))
        if kind == "insert" or not clauses:
            text = " ".join(draw(st.lists(WORDS, min_size=1, max_size=12)))
            clauses.insert(draw(st.integers(0, len(clauses))), _clause(part, 1, text))
            continue
        at = draw(st.integers(0, len(clauses) - 1))
        if kind == "delete":
            clauses.pop(at)
        elif kind == "move":
            clauses.insert(draw(st.integers(0, len(clauses) - 1)), clauses.pop(at))
        else:
            tokens = tokenize(clauses[at].text)
            where = draw(st.integers(0, len(tokens)))
            how = draw(st.sampled_from(["insert", "delete", "replace"]))
            word = draw(WORDS)
            if how == "insert":
                tokens[where:where] = [word, " "]
            elif tokens and where < len(tokens):
                tokens[where : where + 1] = [] if how == "delete" else [word]
            text = "".join(tokens)
            markers = tuple(m for m in clauses[at].markers if m.offset <= len(text))
            clauses[at] = clauses[at].model_copy(update={"text": text, "markers": markers})
    renumbered = {
        part: tuple(
            c.model_copy(update={"id": f"{part.prefix}{k}", "number": k})
            for k, c in enumerate(items, 1)
        )
        for part, items in parts.items()
    }
    new = old.model_copy(
        update={"preamble": renumbered[Part.PREAMBULAR], "operative": renumbered[Part.OPERATIVE]}
    )
    return old, new


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edited())
def test_random_edits_rebuild_both_texts(pair: tuple[Resolution, Resolution]) -> None:
    old, new = pair
    result = compare(old, new)
    check_records(old, new, result.records)


def check_records(old: Resolution, new: Resolution, records: Any) -> None:
    """Both texts rebuild from every record; every clause is in exactly one record."""
    seen_old: list[str] = []
    seen_new: list[str] = []
    for record in records:
        rebuilt_old = "".join(s.text for s in record.diff if s.op != "insert")
        rebuilt_new = "".join(s.text for s in record.diff if s.op != "delete")
        assert rebuilt_old == (record.old_text or "")
        assert rebuilt_new == (record.new_text or "")
        if record.old is not None:
            seen_old.append(record.old.id)
        if record.new is not None:
            seen_new.append(record.new.id)
        if record.op == "same":
            assert record.old_text == record.new_text
        if record.op in ("same", "changed", "moved"):
            assert record.old is not None and record.new is not None
            assert record.old.part == record.new.part
            assert record.old.section == record.new.section
            assert record.old.annex == record.new.annex
            # under 0.5 only when paired by the same place, lead phrase and purpose (align pass 4)
            floor = 0.25 if record.by_place else 0.5
            assert record.similarity is not None and record.similarity >= floor
        assert record.moved == (record.op == "moved")
    assert sorted(seen_old) == sorted(c.id for c in old.clauses)
    assert sorted(seen_new) == sorted(c.id for c in new.clauses)
    # in-order pairs keep both sides' order
    in_order = [(r.old, r.new) for r in records if r.op in ("same", "changed")]
    old_pos = {c.id: k for k, c in enumerate(old.clauses)}
    new_pos = {c.id: k for k, c in enumerate(new.clauses)}
    olds = [old_pos[a.id] for a, _ in in_order]
    news = [new_pos[b.id] for _, b in in_order]
    assert olds == sorted(olds) and news == sorted(news)


def test_align_returns_each_index_once() -> None:
    pairs = align(["a b c", "d e f", "a b c"], ["a b c", "x y", "d e f g"])
    assert sorted(p.old for p in pairs if p.old is not None) == [0, 1, 2]
    assert sorted(p.new for p in pairs if p.new is not None) == [0, 1, 2]


# --- real pairs: session 74 -> 75, found by title ----------------------------------------------


def pairs_by_title(old_dir: Path, new_dir: Path) -> list[tuple[Resolution, Resolution]]:
    """(74, 75) resolutions for each title that exactly one file of each session bears."""

    def titles(directory: Path) -> dict[str, list[Resolution]]:
        found: dict[str, list[Resolution]] = {}
        for path in sorted(directory.glob("*.xml")):
            resolution = load_official(path)
            found.setdefault(" ".join(resolution.title.split()), []).append(resolution)
        return found

    old, new = titles(old_dir), titles(new_dir)
    return [
        (old[t][0], new[t][0])
        for t in sorted(set(old) & set(new))
        if len(old[t]) == 1 and len(new[t]) == 1
    ]


@pytest.fixture(scope="module")
def real_pairs() -> list[tuple[Resolution, Resolution]]:
    return pairs_by_title(require_shared(74), require_shared(75))


def test_real_pairs_rebuild_and_cover_every_clause(
    real_pairs: list[tuple[Resolution, Resolution]],
) -> None:
    assert len(real_pairs) >= 100
    paired = singles = 0
    for old, new in real_pairs:
        result = compare(old, new)
        check_records(old, new, result.records)
        for record in result.records:
            if record.old is not None and record.new is not None:
                paired += 1
            else:
                singles += 1
        assert sum(result.summary.counts.values()) == len(result.records)
        assert result.differ  # a year later, something always changed
        same = compare(new, new)
        assert all(r.op == "same" for r in same.records) and not same.differ
    # yearly successors: most clauses carry over, so most records are pairs, not singles
    assert paired > 4 * singles


def test_real_pair_exact_records(official: Path, official_74: Path) -> None:
    # A/RES/74/129 -> A/RES/75/162, Enlargement of the Executive Committee of UNHCR (read by hand)
    old = load(official_74 / "74_129.xml")
    new = load(official / "75_162_E.xml")
    records = [diff_record(r) for r in compare(old, new).records]
    # PP2 ("Taking note also of the request(s) regarding the enlargement of the Executive
    # Committee contained in the note verbale ...") names other States and notes: similarity
    # 0.45, paired as changed by the same place, lead phrase and purpose (align pass 4)
    assert [(r["op"], r["old"], r["new"]) for r in records] == [
        ("changed", "PP1", "PP1"),
        ("changed", "PP2", "PP2"),
        ("changed", "OP1", "OP1"),
        ("changed", "OP2", "OP2"),
    ]
    assert marked(records[0]) == (
        "Taking note of Economic and Social Council [-decisions 2019/248-]{+decision 2021/208+} "
        "of [-23 July 2019 and 2020/204 of 15 October 2019-]{+14 September 2020+} concerning the "
        "enlargement of the Executive Committee of the Programme of the United Nations High "
        "Commissioner for Refugees,"
    )
    assert records[1]["footnotes_removed"] == ["E/2019/82.", "E/2019/77.", "E/2020/3.", "E/2019/5."]
    assert records[1]["footnotes_added"] == ["E/2021/3."]
    assert marked(records[1]).startswith(
        "Taking note also of the [-requests-]{+request+} regarding the enlargement of the "
        "Executive Committee contained in the note verbale dated "
    )
    assert marked(records[2]) == (
        "Decides to increase the number of members of the Executive Committee of the Programme "
        "of the United Nations High Commissioner for Refugees from [-102-]{+106+}\u00a0States to "
        "[-106-]{+107+} States;"
    )
    assert marked(records[3]) == (
        "Requests the Economic and Social Council to elect the additional [-members-]{+member+} "
        "at a meeting of its management segment in [-2020-]{+2021+}."
    )


def test_real_pair_renumbered_preamble(official: Path, official_74: Path) -> None:
    # A/RES/74/8 -> A/RES/75/6, Report of the IAEA: PP2 (mourning Mr. Amano) was dropped, so
    # old PP3-PP5 are new PP2-PP4
    old = load(official_74 / "74_8.xml")
    new = load(official / "75_6_E.xml")
    records = [diff_record(r) for r in compare(old, new, Scope(part="preambular")).records]
    assert [(r["op"], r["old"], r["new"]) for r in records] == [
        ("changed", "PP1", "PP1"),
        ("deleted", "PP2", None),
        ("changed", "PP3", "PP2"),
        ("same", "PP4", "PP3"),
        ("same", "PP5", "PP4"),
    ]
    assert records[0]["footnotes_added"] == ["See A/75/303."]
    assert records[0]["footnotes_removed"] == ["See A/74/287."]
    assert (records[0]["refs_added"], records[0]["refs_removed"]) == (["A/75/303"], ["A/74/287"])
    assert marked(records[2]) == (
        "Taking note of the statement by the [-Acting -]Director General of the Agency, in which "
        "he provided additional information on the main developments in the activities of the "
        "Agency during [-2019-]{+2020+},"
    )


def test_annexes_pair_by_number_and_scope_to_one() -> None:
    from resolution_cli.model import Annex

    def annexed(bodies: dict[str, list[str]], symbol: str) -> Resolution:
        annexes = []
        for num, items in bodies.items():
            prefix = f"annex{num}"
            body = tuple(
                _clause(Part.OPERATIVE, k, t).model_copy(
                    update={"id": f"{prefix}.{k}", "annex": num}
                )
                for k, t in enumerate(items, 1)
            )
            annexes.append(Annex(num=num, label=f"Annex {num}".strip(), body=body))
        return make([A], [B], symbol=symbol).model_copy(update={"annexes": tuple(annexes)})

    old = annexed({"I": [C, D], "II": [X]}, "A/RES/74/1")
    new = annexed({"I": [D], "II": [X, C]}, "A/RES/75/1")
    assert rows(old, new, part="annex") == [
        ("deleted", "annexI.1", None, f"[-{C}-]"),
        ("same", "annexI.2", "annexI.1", D),
        ("same", "annexII.1", "annexII.1", X),
        ("added", None, "annexII.2", f"{{+{C}+}}"),
    ]
    assert rows(old, new, annex="II") == [
        ("same", "annexII.1", "annexII.1", X),
        ("added", None, "annexII.2", f"{{+{C}+}}"),
    ]
    # --part operative keeps to the resolution itself
    assert rows(old, new, part="operative") == [("same", "OP1", "OP1", B)]


def test_the_title_word_diff_is_in_the_summary() -> None:
    old = make(["Recalling."], ["Decides."], title="Regional Centre for Peace")
    new = make(["Recalling."], ["Decides."], title="Regional Centre for Peace and Disarmament")
    segments = compare(old, new).summary.title_diff
    assert "".join(s.text for s in segments if s.op != "delete") == new.title
    assert "".join(s.text for s in segments if s.op != "insert") == old.title
    assert " ".join(s.text for s in segments if s.op == "insert").split() == ["and", "Disarmament"]
    same = compare(old, old).summary.title_diff
    assert [(s.op, s.text) for s in same] == [("equal", old.title)]


def test_every_record_schema_comes_from_the_one_helper_in_schemas() -> None:
    import resolution_cli
    from resolution_cli.render import corpus_records, diff_records, schemas

    source = Path(resolution_cli.__file__).parent
    drafts = [p for p in source.rglob("*.py") if "draft/2020-12" in p.read_text("utf-8")]
    assert drafts == [source / "render" / "schemas.py"]
    for module in (corpus_records, diff_records):
        assert not hasattr(module, "_DRAFT")
    assert diff_records.object_schema is schemas.object_schema
    assert diff_records.record_schema()["$schema"] == schemas.DRAFT


def test_sections_and_annexes_pair_by_heading_when_their_numbers_changed() -> None:
    from resolution_cli.model import Annex

    def sectioned(texts: list[tuple[str, str, list[str]]], symbol: str) -> Resolution:
        sections = tuple(
            Section(
                num=num,
                heading=(heading,),
                operative=tuple(
                    _clause(Part.OPERATIVE, k, t).model_copy(
                        update={"id": f"{num}.OP{k}", "section": num}
                    )
                    for k, t in enumerate(items, 1)
                ),
            )
            for num, heading, items in texts
        )
        return Resolution(symbol=symbol, number="1", title="T", sections=sections)

    # section I "Peace" was dropped: "Development" moved from II to I, "Oceans" from III to II
    old = sectioned(
        [("I", "Peace", [A]), ("II", "Development", [B]), ("III", "Oceans", [C])], "A/RES/74/1"
    )
    new = sectioned([("I", "Development", [B]), ("II", "OCEANS ", [C, D])], "A/RES/75/1")
    assert [(r[0], r[1], r[2]) for r in rows(old, new)] == [
        ("deleted", "I.OP1", None),
        ("same", "II.OP1", "I.OP1"),
        ("same", "III.OP1", "II.OP1"),
        ("added", None, "II.OP2"),
    ]
    # matched case aside, the heading's new case is still reported as a change
    assert compare(old, new).summary.headings == (("section II", ("Oceans",), ("OCEANS ",)),)

    def annexed(titles: list[tuple[str, str, str]], symbol: str) -> Resolution:
        annexes = tuple(
            Annex(
                num=num,
                label=f"Annex {num}",
                title=(title,),
                body=(
                    _clause(Part.OPERATIVE, 1, text).model_copy(
                        update={"id": f"annex{num}.1", "annex": num}
                    ),
                ),
            )
            for num, title, text in titles
        )
        return make([], [], symbol=symbol).model_copy(update={"annexes": annexes})

    old_a = annexed([("I", "Rules", A), ("II", "Budget", B)], "A/RES/74/1")
    new_a = annexed([("I", "Budget", B)], "A/RES/75/1")
    assert [(r[0], r[1], r[2]) for r in rows(old_a, new_a)] == [
        ("deleted", "annexI.1", None),
        ("same", "annexII.1", "annexI.1"),
    ]
    # the title change follows the match: Annex II "Budget" is now Annex I, not Annex I's
    # "Rules" retitled (Annex I is deleted); a nested annex's title follows its annex
    assert compare(old_a, new_a).summary.headings == ()
    nested = Annex(num="", label="Appendix", title=("Forms",))
    old_n = old_a.model_copy(
        update={
            "annexes": (
                old_a.annexes[0],
                old_a.annexes[1].model_copy(update={"annexes": (nested,)}),
            )
        }
    )
    retitled = nested.model_copy(update={"title": ("Forms, revised",)})
    new_n = new_a.model_copy(
        update={"annexes": (new_a.annexes[0].model_copy(update={"annexes": (retitled,)}),)}
    )
    assert compare(old_n, new_n).summary.headings == (
        ("Annex I, Appendix", ("Forms",), ("Forms, revised",)),
    )
