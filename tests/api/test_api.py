"""The Python API of one resolution (resolution_cli.load/select/clauses/grep/compare):
typed results, errors with fields, the lazy import, and the rules written once."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import resolution_cli as rc
from resolution_cli import query
from resolution_cli.model import Clause, Resolution

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "akn"
HEAVY = ("pydantic", "rich", "regex", "lxml")


@pytest.fixture(scope="module")
def bundled() -> Resolution:
    return rc.load()


# --------------------------------------------------------------------------- lazy import


def test_import_resolution_cli_loads_nothing_heavy() -> None:
    code = (
        "import resolution_cli, sys; "
        f"loaded = [m for m in {HEAVY!r} if m in sys.modules]; "
        "assert not loaded, loaded"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_help_loads_nothing_heavy() -> None:
    code = (
        "import sys\n"
        "from resolution_cli.cli import run\n"
        "status = run(['--help'])\n"
        f"loaded = [m for m in {HEAVY!r} if m in sys.modules]\n"
        "assert status == 0 and not loaded, (status, loaded)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Usage: resolution" in done.stdout


def test_every_public_name_resolves() -> None:
    for name in rc.__all__:
        assert getattr(rc, name) is not None, name
        assert name in dir(rc)
    with pytest.raises(AttributeError):
        rc.no_such_name  # noqa: B018


# --------------------------------------------------------------------------- load


def test_load_from_a_path_from_bytes_and_the_bundled_one(bundled: Resolution) -> None:
    path = FIXTURES / "sections.xml"
    from_path = rc.load(path)
    from_bytes = rc.load(path.read_bytes())
    assert isinstance(from_path, rc.Resolution)
    assert from_bytes == from_path
    assert from_path.symbol == "A/RES/99/85"  # as the fixture's FRBRthis names it
    assert bundled.symbol == "A/RES/75/272"
    assert rc.load(bundled.model_dump_json().encode(), fmt="json") == bundled


def test_load_errors_carry_their_fields(tmp_path: Path) -> None:
    with pytest.raises(rc.LoadError) as caught:
        rc.load(tmp_path / "none.xml")
    assert caught.value.source == str(tmp_path / "none.xml")
    assert caught.value.problem == "no such file"
    with pytest.raises(rc.LoadError) as caught:
        rc.load(b"\x00\x01")
    assert caught.value.source == "<bytes>"


def test_warnings_go_to_the_sink_given() -> None:
    told: list[str] = []
    rc.load(FIXTURES / "continuation.xml", warn=told.append)
    assert any("table kept as text" in message for message in told)


# --------------------------------------------------------------------------- select


def test_select_keeps_document_order_and_names_each_clause_once(bundled: Resolution) -> None:
    chosen = rc.select(bundled, "OP2", "PP2-PP3", "pp3")
    assert [c.id for c in chosen] == ["PP2", "PP3", "OP2"]
    assert all(isinstance(c, Clause) for c in chosen)
    assert rc.select(bundled) == bundled.clauses


def test_select_written_citations_in_sections() -> None:
    sections = rc.load(FIXTURES / "sections.xml")
    assert [c.id for c in rc.select(sections, "sect. II, para. 1")] == ["II.OP1"]


def test_select_bad_reference_is_a_ref_error(bundled: Resolution) -> None:
    with pytest.raises(rc.RefError, match="OP99"):
        rc.select(bundled, "OP99")


# --------------------------------------------------------------------------- clauses, grep


def test_clauses_by_part_and_verb(bundled: Resolution) -> None:
    operative = rc.clauses(bundled, part="operative")
    assert [c.id for c in operative] == ["OP1", "OP2", "OP3", "OP4"]
    recalling = rc.clauses(bundled, verb="recall")
    assert recalling and all(c.lead.lower().startswith("recall") for c in recalling)
    assert rc.clauses(bundled, refs=["PP1-PP5"], verb="recall") == tuple(
        c for c in recalling if c.id in {"PP2", "PP3", "PP4", "PP5"}
    )


def test_grep_gives_typed_matches_whose_spans_are_the_pattern(bundled: Resolution) -> None:
    found = rc.grep(bundled, "PANDEMIC", ignore_case=True)
    assert found
    expected = [c.id for c in bundled.clauses if re.search("pandemic", c.all_text(), re.I)]
    assert [m.id for m in found] == expected
    for match in found:
        assert isinstance(match, rc.Match)
        assert match.texts and all(t.lower() == "pandemic" for t in match.texts)
        for start, end in match.spans:
            assert match.clause.all_text()[start:end].lower() == "pandemic"


def test_grep_narrowed_by_refs_part_and_verb(bundled: Resolution) -> None:
    everywhere = {m.id for m in rc.grep(bundled, "Regional Centre")}
    assert {m.id for m in rc.grep(bundled, "Regional Centre", part="operative")} == {
        i for i in everywhere if i.startswith("OP")
    }
    assert {m.id for m in rc.grep(bundled, "Regional Centre", refs=["OP1-OP2"])} == {
        i for i in everywhere if i in {"OP1", "OP2"}
    }
    no_pattern = rc.grep(bundled, verb="note")
    assert no_pattern and all(m.spans == () for m in no_pattern)


def test_grep_matches_the_heading_printed_before_a_section() -> None:
    headed = rc.load(FIXTURES / "sections_headings.xml")
    first = headed.sections[0]
    heading = first.heading[0]
    found = rc.grep(headed, re.escape(heading))
    assert found[0].id == first.clauses[0].id
    assert query.heading_text(first.clauses[0], query.headings_before(headed)).startswith(first.num)


def test_a_bad_pattern_is_a_pattern_error(bundled: Resolution) -> None:
    with pytest.raises(rc.PatternError, match="invalid regular expression"):
        rc.grep(bundled, "(")


# --------------------------------------------------------------------------- compare


def test_compare_finds_the_one_changed_clause(bundled: Resolution) -> None:
    text = bundled.model_dump_json().replace("Notes the need", "Stresses the need")
    revised = rc.load(text.encode())
    result = rc.compare(bundled, revised)
    assert result.differ
    changed = [r for r in result.records if r.op != "same"]
    assert [(r.op, r.old_id, r.new_id) for r in changed] == [("changed", "OP3", "OP3")]
    assert not rc.compare(bundled, bundled).differ


def test_compare_part_uses_the_part_filter_of_grep() -> None:
    annexed = rc.load(FIXTURES / "annex_two.xml")
    for part in ("preambular", "operative", "annex"):
        result = rc.compare(annexed, annexed, part=part)
        assert [r.new_id for r in result.records] == [c.id for c in query.in_part(annexed, part)], (
            part
        )


# --------------------------------------------------------------------------- rules once


def test_footnote_citations_are_the_same_for_footnotes_and_refs(bundled: Resolution) -> None:
    cited = query.footnote_clauses(bundled)
    assert cited == {1: ("PP3",), 2: ("PP8",), 3: ("PP9",)}  # the markers of the source
    for ref in rc.find_references(bundled):
        if ref.location.startswith("footnote "):
            assert ref.cited_by == cited[int(ref.location.split()[1])]


def test_votes_note_says_why_there_is_no_vote_to_list(bundled: Resolution) -> None:
    assert query.no_votes_note(bundled) == (
        "A/RES/75/272 was adopted without a vote: there is no vote to list"
    )
    voted = rc.load(FIXTURES / "preamble_block_list.xml")
    assert voted.vote is not None and query.no_votes_note(voted) is None
    unknown = bundled.model_copy(update={"adoption_type": None})
    assert query.no_votes_note(unknown) == "A/RES/75/272: the file records no vote"


def test_pattern_errors_carry_their_fields_and_name_no_flag(bundled: Resolution) -> None:
    with pytest.raises(rc.InvalidPattern) as invalid:
        rc.grep(bundled, "[")
    assert invalid.value.pattern == "["
    assert "-F" not in str(invalid.value)
    assert invalid.value.worded("-F").endswith("; use -F to search for it literally")
    timeout = rc.PatternTimeout(2.0)
    assert timeout.seconds == 2.0 and "-F" not in str(timeout)
    assert timeout.worded("-F").endswith("simplify it or use -F")


def test_library_messages_name_no_command_line_option(tmp_path: Path) -> None:
    """What the library says reads as well from Python as from the command line: the
    CLI adds its option's name (``--lang``), the library does not."""
    from resolution_cli.versions import BadLanguages, parse_langs

    with pytest.raises(BadLanguages) as bad:
        parse_langs("en,xx")
    assert bad.value.value == "en,xx" and "--" not in str(bad.value)
    assert bad.value.worded("--lang").startswith("--lang 'en,xx': expected 'all'")
    said: list[str] = []
    rc.load(FIXTURES / "several_pairs.xml", part_of="B", warn=said.append)
    assert said == [f"{FIXTURES / 'several_pairs.xml'}: holds a single resolution; part B ignored"]
    from resolution_cli.corpus.store import load_resolution

    with pytest.raises(rc.CorpusError) as two:
        load_resolution("75/272", tmp_path / "index.sqlite", lang="en,fr")
    assert str(two.value) == "one language version is read at a time, not 'en,fr'"
