"""resolution_cli.Corpus: typed results, errors with fields (and the command line's wording
of them), search == grep through the Searchable protocol, a collection parsed once."""

from __future__ import annotations

import inspect
import shutil
from pathlib import Path

import pytest

import resolution_cli as rc
from helpers import run
from resolution_cli.corpus import search as searching
from resolution_cli.corpus.catalog import IndexInfo, Listed
from resolution_cli.corpus.citations import Citation, CitedDocument, CitingResolution
from resolution_cli.corpus.votes import Agreement, StateVote

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "akn"
PATTERNS = [
    ("test", {}),
    ("Trust Fund", {"ignore_case": True}),
    ("programme", {"word": True}),
    ("Revised estimates", {}),  # a section heading, before its first clause
    ("(Secretary|General)-?", {}),
    ("of the", {"fixed": True}),
    ("[0-9]+", {}),
]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("api") / "index.sqlite"
    result = rc.Corpus(path).add([FIXTURES], jobs=1)
    assert (result.indexed, result.skipped) == (len(list(FIXTURES.glob("*.xml"))), 0)
    return path


@pytest.fixture
def corpus(index: Path) -> rc.Corpus:
    with rc.Corpus(index) as opened:
        yield opened  # type: ignore[misc]


def test_results_are_typed(corpus: rc.Corpus) -> None:
    assert all(isinstance(row, Listed) for row in corpus.list())
    info = corpus.info()
    assert isinstance(info, IndexInfo)
    every = corpus.list(rc.Filters(lang="all"))  # the Chinese fixtures (zh_*.xml) too
    assert info.resolutions == len(every) == len(list(FIXTURES.glob("*.xml")))
    assert info.clauses == sum(row.clauses for row in every)
    assert {row.lang for row in corpus.list()} == {"en"}
    assert all(isinstance(c, Citation) for c in corpus.cited_by("98/5"))
    assert all(isinstance(c, CitingResolution) for c in corpus.citing_resolutions("98/5"))
    assert all(isinstance(c, CitedDocument) for c in corpus.top_cited())
    assert all(isinstance(v, StateVote) for v in corpus.votes("Chile"))
    assert isinstance(corpus.agreement("Chile", "Antigua and Barbuda"), Agreement)
    assert isinstance(corpus.resolution("99/85"), rc.Resolution)


def test_the_votes_are_those_of_the_file(corpus: rc.Corpus) -> None:
    voted = rc.load(FIXTURES / "preamble_block_list.xml")
    assert voted.vote is not None
    for state in voted.vote.in_favour_states:
        assert [(v.symbol, v.vote) for v in corpus.votes(state)] == [(voted.symbol, "yes")]
    (abstaining,) = voted.vote.abstaining_states
    agreement = corpus.agreement(voted.vote.in_favour_states[0], abstaining)
    assert (agreement.same, agreement.votes, agreement.share) == (0, 1, 0.0)
    assert agreement.rows() == [("all", 0, 1, 0.0), ("session 99", 0, 1, 0.0)]
    assert agreement.as_dict()["per_session"] == [
        {"session": 99, "same": 0, "votes": 1, "share": 0.0}
    ]


@pytest.mark.parametrize(("pattern", "options"), PATTERNS)
def test_search_finds_what_grep_finds_in_each_resolution(
    corpus: rc.Corpus, pattern: str, options: dict[str, bool]
) -> None:
    hits = list(corpus.search(pattern, **options))  # type: ignore[arg-type]
    for row in corpus.list():
        resolution = corpus.resolution(row.symbol)
        expected = [(m.id, m.spans) for m in rc.grep(resolution, pattern, **options)]  # type: ignore[arg-type]
        got = [(h.clause.id, h.spans) for h in hits if h.symbol == row.symbol]
        assert got == expected, row.symbol


def test_search_with_part_and_verb_is_grep_too(corpus: rc.Corpus) -> None:
    for part in ("preambular", "operative", "annex"):
        hits = list(corpus.search(verb="decide", part=part))
        for row in corpus.list():
            resolution = corpus.resolution(row.symbol)
            expected = [m.id for m in rc.grep(resolution, verb="decide", part=part)]
            assert [h.clause.id for h in hits if h.symbol == row.symbol] == expected


def test_search_runs_grep_on_the_protocol_without_a_fake_resolution() -> None:
    source = inspect.getsource(searching)
    assert "cast(" not in source and "_Holder" not in source
    clause = searching.StoredClause(
        "OP1", searching._Part.OPERATIVE, None, None, None, "Decides", "Decides to act", ()
    )
    from resolution_cli import query

    compiled = query.compile_pattern("act")
    assert query.grep([clause], compiled) == {"OP1": ((11, 14),)}
    assert query.keep_part([clause], "operative") == (clause,)
    assert query.keep_part([clause], "annex") == ()
    assert query.by_verb([clause], "decide") == (clause,)


def test_count_groups_the_hits_per_resolution(corpus: rc.Corpus) -> None:
    counted = corpus.count("the")
    by_hand: dict[str, int] = {}
    for hit in corpus.search("the"):
        by_hand[hit.symbol] = by_hand.get(hit.symbol, 0) + 1
    assert [(c.symbol, c.clauses) for c in counted] == list(by_hand.items())
    assert corpus.count("the", filters=rc.Filters(limit=2)) == counted[:2]


def test_first_use_is_the_oldest_hit(corpus: rc.Corpus) -> None:
    summary = corpus.first_use("test")
    assert summary is not None
    assert summary.first == next(corpus.search("test", oldest_first=True))
    assert corpus.first_use("no such words anywhere") is None


# --------------------------------------------------------------------------- errors


def test_state_errors_carry_the_name_and_the_candidates(corpus: rc.Corpus) -> None:
    with pytest.raises(rc.AmbiguousState) as ambiguous:
        corpus.state("and")
    assert ambiguous.value.name == "and"
    assert ambiguous.value.candidates == (
        "ANTIGUA AND BARBUDA",
        "BOSNIA AND HERZEGOVINA",
        "TRINIDAD AND TOBAGO",
    )
    assert "--state" not in str(ambiguous.value)
    with pytest.raises(rc.UnknownState) as unknown:
        corpus.votes("CHILEE")
    assert unknown.value.name == "CHILEE" and unknown.value.candidates == ("CHILE",)


def test_filter_errors_carry_their_fields(corpus: rc.Corpus) -> None:
    from resolution_cli.corpus.filters import date_bound, sessions

    with pytest.raises(rc.UnknownLanguage) as language:
        corpus.list(rc.Filters(lang="fr"))
    assert (language.value.lang, language.value.available) == ("fr", ("en", "zh"))
    assert "--lang" not in str(language.value)
    with pytest.raises(rc.UnknownSponsor) as sponsor:
        corpus.list(rc.Filters(sponsor="Narnia"))
    assert sponsor.value.name == "Narnia"
    with pytest.raises(rc.BadSession) as session:
        sessions(("76-74",))
    assert (session.value.value, session.value.reversed) == ("76-74", True)
    with pytest.raises(rc.BadDate) as date:
        date_bound("2021-02-30", upper=False)
    assert date.value.value == "2021-02-30"
    assert "--" not in str(session.value) + str(date.value)


def test_the_command_line_words_the_errors_with_its_flags(index: Path) -> None:
    cases = [
        (("corpus", "votes", "--state", "and"), "--state 'and' names 3 States: "),
        (("corpus", "votes", "--agree", "and", "chile"), "--agree 'and' names 3 States: "),
        (("corpus", "list", "--lang", "fr"), "no indexed resolution is in --lang fr; "),
        (("corpus", "list", "--session", "76-74"), "--session 76-74 is a reversed range"),
        (("corpus", "list", "--session", "x"), "--session 'x' is not a session; "),
        (("corpus", "list", "--until", "2021-13"), "--until '2021-13' is not a date; "),
    ]
    for args, start in cases:
        result = run("--db", str(index), *args)
        assert result.exit_code == 2, args
        assert result.stderr.startswith(f"resolution: error: {start}"), result.stderr


def test_no_index_is_an_error_saying_how_to_build_one(tmp_path: Path) -> None:
    with pytest.raises(rc.NoIndex, match="corpus add"):
        rc.Corpus(tmp_path / "none.sqlite").list()


# --------------------------------------------------------------------------- parse once


def test_a_collection_is_parsed_once_and_read_as_each_part_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from conftest import require_shared
    from resolution_cli.corpus import extract
    from resolution_cli.readers import akn

    source = require_shared(75) / "75_101A-B_E.xml"
    data = source.read_bytes()
    labels = akn.parts(data, str(source))
    assert len(labels) == 2
    alone = [akn.read(data, str(source), part_of=label, warn=lambda m: None) for label in labels]

    calls: list[str] = []
    real = akn._parse

    def counting(data: bytes, name: str):  # type: ignore[no-untyped-def]
        calls.append(name)
        return real(data, name)

    monkeypatch.setattr(akn, "_parse", counting)
    extracted = extract.extract(str(source), data, "sha")
    assert extracted.error is None
    assert len(calls) == 1
    assert [p.symbol for p in extracted.resolutions] == [r.symbol for r in alone]
    assert [p.model for p in extracted.resolutions] == [extract.rows(r, "en").model for r in alone]


def test_an_index_of_a_copy_holds_the_same_rows(tmp_path: Path, corpus: rc.Corpus) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(FIXTURES, copy)
    other = rc.Corpus(tmp_path / "other.sqlite")
    result = other.add(copy, jobs=1)  # one path, or several
    assert result.indexed == len(list(FIXTURES.glob("*.xml")))
    assert other.add([copy / "sections.xml"], jobs=1).unchanged == 1
    with other:
        assert other.list() == corpus.list()
        assert list(other.search("the")) == list(corpus.search("the"))
