"""The corpus index: corpus add, search, --res, cited-by, votes, over sessions 74 and 75.

One index of ../shared/official (both sessions, about 650 files) is built once per
test session into a temporary file (``corpus_db`` in tests/conftest.py). Expectations are
computed from the XML with lxml and regular expressions, independently of the readers and
of the index.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from functools import cache
from pathlib import Path

import pytest
from lxml import etree

from conftest import require_shared
from helpers import run
from resolution_cli.corpus import schema

CLI = [sys.executable, "-m", "resolution_cli"]
AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"


# --------------------------------------------------------------------------- the XML, independently


@cache
def _tree(path: Path) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.parse(str(path), parser).getroot()


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _files(*sessions: int) -> list[Path]:
    return [p for s in sessions for p in sorted(require_shared(s).glob("*.xml"))]


def _english(path: Path) -> bool:
    found = [e.get("language") for e in _tree(path).iter(f"{AKN}FRBRlanguage")]
    return bool(found) and found[0] == "eng"


def _symbol(path: Path) -> str:
    """The coverPage docNumber: the resolution's symbol (a collection's, without letters)."""
    for element in _tree(path).iter(f"{AKN}coverPage"):
        for number in element.iter(f"{AKN}docNumber"):
            return " ".join("".join(number.itertext()).split())
    raise AssertionError(f"{path}: no docNumber")


def _base(symbol: str) -> str:
    """A/RES/75/101 B -> A/RES/75/101 (a collection's cover names A-B)."""
    return re.sub(r"\s*[A-Z](?:-[A-Z])?$", "", symbol)


def _is_collection(path: Path) -> bool:
    return any(True for _ in _tree(path).iter(f"{AKN}documentCollection"))


def _body_text(path: Path) -> str:
    """The words of the preambles, main bodies and attachments, footnotes left out."""
    root = _tree(path)
    pieces: list[str] = []
    for element in root.iter():
        if _local(element) not in ("preamble", "mainBody", "attachments"):
            continue
        if any(
            _local(a) in ("preamble", "mainBody", "attachments") for a in element.iterancestors()
        ):
            continue
        copy = etree.fromstring(etree.tostring(element))
        for note in list(copy.iter(f"{AKN}authorialNote")):
            parent = note.getparent()
            assert parent is not None
            tail = note.tail or ""
            previous = note.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
            parent.remove(note)
        pieces.append(" ".join("".join(copy.itertext()).split()))
    return " ".join(pieces)


def _links(path: Path) -> set[str]:
    """The documents the UN's own links in the file point to (undocs.org/..., docs.un.org)."""
    found = set()
    for ref in _tree(path).iter(f"{AKN}a", f"{AKN}ref"):
        href = ref.get("href") or ""
        match = re.search(r"(?:undocs\.org|docs\.un\.org)/(?:[a-z]{2}/)?(.+)$", href)
        if match:
            found.add(match.group(1).replace("%20", " ").strip("/"))
    return found


VOTE_KINDS = {"inFavour": "yes", "against": "no", "abstaining": "abstain"}


def _votes(path: Path) -> dict[str, str]:
    """The file's voting block: each State (casefolded) and its vote."""
    out: dict[str, str] = {}
    for count in _tree(path).iter(f"{AKN}count"):
        kind = VOTE_KINDS.get(count.get("refersTo") or "")
        if kind is None:
            continue
        for organization in count.iter(f"{AKN}organization"):
            name = " ".join("".join(organization.itertext()).split()).casefold()
            out[name] = kind
    return out


# --------------------------------------------------------------------------- the index


@pytest.fixture
def db(corpus_db: str) -> str:
    """The index of sessions 74 and 75, built once per test session (tests/conftest.py)."""
    return corpus_db


def _jsonl(*args: str) -> list[dict[str, object]]:
    result = run(*args, "--format", "jsonl")
    assert result.exit_code in (0, 1), result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_every_resolution_of_both_sessions_is_indexed(db: str) -> None:
    expected = 0
    for path in _files(74, 75):
        if _english(path):
            expected += _resolutions_in(path)
    symbols = [str(row["symbol"]) for row in _jsonl("--db", db, "corpus", "list")]
    assert len(symbols) == len(set(symbols)) == expected
    assert {"A/RES/75/101 A", "A/RES/75/101 B", "A/RES/75/254 C"} <= set(symbols)
    info = json.loads(run("--db", db, "corpus", "info", "--format", "json").stdout)
    assert info["path"] == db and info["schema"] == schema.VERSION and info["size"] > 0
    assert info["files"] == len(_files(74, 75))


def test_a_known_phrase_is_found_in_every_resolution_that_prints_it(db: str) -> None:
    phrase = "Global Counter-Terrorism Strategy"
    expected = {
        _base(_symbol(p)) for p in _files(74, 75) if _english(p) and phrase in _body_text(p)
    }
    rows = run("--db", db, "search", "-F", phrase, "-l", "--session", "74-75").stdout.splitlines()
    got = {_base(line.split("\t")[0]) for line in rows}
    assert len(expected) >= 20
    assert got == expected


def test_a_phrase_with_a_partial_first_word_is_found_as_grep_finds_it(db: str) -> None:
    # "ustainable development" is inside "sustainable development" and "unsustainable ...".
    whole = _jsonl("--db", db, "search", "-F", "sustainable development", "--session", "75")
    partial = _jsonl("--db", db, "search", "-F", "ustainable development", "--session", "75")
    assert {(r["symbol"], r["id"]) for r in whole} <= {(r["symbol"], r["id"]) for r in partial}
    assert all(re.search("ustainable development", str(r["text"])) for r in partial)


def test_verb_families(db: str) -> None:
    welcome = _jsonl("--db", db, "search", "--verb", "welcome", "--session", "75")
    assert welcome
    adverbs = r"(?:\w+ly |also |further |again |once again )*"
    assert all(re.match(rf"(?i){adverbs}welcom", str(r["verb"])) for r in welcome)
    # every preamble whose lead phrase (its container's first italics) is "Welcoming ..."
    expected = set()
    for path in _files(75):
        if not _english(path) or _is_collection(path):
            continue
        for container in _tree(path).iter(f"{AKN}container"):
            italics = next(container.iter(f"{AKN}i"), None)
            if italics is not None and "".join(italics.itertext()).strip().startswith("Welcoming"):
                expected.add(_symbol(path))
    assert expected <= {r["symbol"] for r in welcome}
    noted = {
        str(r["verb"]) for r in _jsonl("--db", db, "search", "--verb", "note", "--session", "75")
    }
    assert {"Noting", "Notes", "Noting also", "Also notes"} <= noted
    assert not any(v.startswith(("Welcom", "Recall")) for v in noted)


def test_cited_by_finds_every_resolution_the_un_links_to_70_1(db: str) -> None:
    linked = {
        _base(_symbol(p))
        for p in _files(74, 75)
        if _english(p) and {"A/RES/70/1", "a/res/70/1"} & _links(p)
    }
    rows = _jsonl("--db", db, "cited-by", "A/RES/70/1")
    citing = {_base(str(r["symbol"])) for r in rows}
    assert len(linked) > 100
    assert linked <= citing
    assert all("70/1" in str(r["written"]) for r in rows)
    # the same document however it is written
    for written in ("70/1", "resolution 70/1"):
        assert _jsonl("--db", db, "cited-by", written) == rows
    counted = _jsonl("--db", db, "cited-by", "70/1", "--count")
    assert {r["symbol"] for r in counted} == {r["symbol"] for r in rows}
    assert sum(int(str(r["citations"])) for r in counted) == len(rows)
    assert [r["citations"] for r in counted] == sorted(
        (r["citations"] for r in counted), reverse=True
    )
    top = _jsonl("--db", db, "corpus", "top-cited", "--limit", "5")
    assert "A/RES/70/1" in {r["document"] for r in top}


def _resolutions_in(path: Path) -> int:
    """How many resolutions a file holds (a collection: one per collectionBody component)."""
    bodies = list(_tree(path).iter(f"{AKN}collectionBody"))
    return len([c for c in bodies[0] if _local(c) == "component"]) if bodies else 1


def _recorded(session: int) -> dict[str, dict[str, str]]:
    """Each single resolution's recorded vote (collections aside)."""
    return {
        _symbol(p): _votes(p)
        for p in _files(session)
        if _english(p) and not _is_collection(p) and _votes(p)
    }


@pytest.mark.parametrize("state", ["Israel", "France", "Cuba"])
def test_votes_of_a_state_match_the_voting_blocks(db: str, state: str) -> None:
    recorded = _recorded(75)
    assert len(recorded) > 50
    expected = {s: v[state.casefold()] for s, v in recorded.items() if state.casefold() in v}
    rows = _jsonl("--db", db, "corpus", "votes", "--state", state.upper(), "--session", "75")
    got = {str(r["symbol"]): str(r["vote"]) for r in rows if r["vote"] != "absent"}
    got = {s: v for s, v in got.items() if s in recorded}
    assert got == expected


def test_agreement_of_two_states_matches_the_voting_blocks(db: str) -> None:
    # A collection's one voting block is the vote of each of its resolutions.
    both = [
        votes
        for p in _files(75)
        if _english(p) and (votes := _votes(p)) and "france" in votes and "germany" in votes
        for _ in range(_resolutions_in(p))
    ]
    same = sum(v["france"] == v["germany"] for v in both)
    data = json.loads(
        run(
            "--db",
            db,
            "corpus",
            "votes",
            "--agree",
            "France",
            "Germany",
            "--session",
            "75",
            "--format",
            "json",
        ).stdout
    )
    assert (data["same"], data["votes"]) == (same, len(both))
    assert data["per_session"] == [
        {"session": 75, "same": same, "votes": len(both), "share": round(same / len(both), 4)}
    ]


def test_res_reads_the_indexed_resolution_exactly(db: str) -> None:
    file = str(require_shared(75) / "75_272_E.xml")
    for args in (["grep", "-l", "-w", "Asia"], ["show", "OP2"], ["info", "--format", "json"]):
        by_file = run("--file", file, *args)
        for symbol in ("75/272", "A/RES/75/272", "a/res/75/272"):
            assert run("--db", db, "--res", symbol, *args).stdout == by_file.stdout
    collection = str(require_shared(75) / "75_101A-B_E.xml")
    expected = run("--file", collection, "--part-of", "B", "show", "--format", "json").stdout
    assert run("--db", db, "--res", "75/101 B", "show", "--format", "json").stdout == expected


def test_an_unknown_symbol_names_the_nearest(db: str) -> None:
    result = run("--db", db, "--res", "75/2720", "info")
    assert result.exit_code == 2
    assert result.stderr.startswith("resolution: error: A/RES/75/2720 is not in the corpus index")
    assert "A/RES/75/272" in result.stderr and len(result.stderr.splitlines()) == 1
    result = run("--db", db, "--res", "75/101", "info")
    assert "A/RES/75/101 A, A/RES/75/101 B" in result.stderr


def test_without_an_index_one_line_says_how_to_build_it(tmp_path: Path) -> None:
    missing = str(tmp_path / "none.sqlite")
    for args in (
        ["search", "x"],
        ["corpus", "list"],
        ["--res", "75/1", "info"],
        ["cited-by", "70/1"],
    ):
        result = run("--db", missing, *args)
        assert result.exit_code == 2 and result.stdout == ""
        assert result.stderr == (
            f"resolution: error: no corpus index at {missing}; build one with: resolution --db "
            f"{missing} corpus add DIR (AKN XML files, folders or zip archives)\n"
        )
    assert not Path(missing).exists()


def test_resolution_db_names_the_index(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RESOLUTION_DB", db)
    assert run("--res", "75/272", "grep", "-c", "COVID").stdout == "2\n"


def _groups(records: list[dict[str, object]]) -> dict[str, list[tuple[object, object]]]:
    out: dict[str, list[tuple[object, object]]] = {}
    for r in records:
        out.setdefault(str(r["symbol"]), []).append((r["id"], r["matches"]))
    return out


@pytest.mark.parametrize(
    "args",
    [
        ["-F", "Secretary-General"],
        [r"\d+ per cent|(?i)percentage"],
        ["-i", "-w", "peace", "--verb", "recall"],
        ["--part", "annex", "-i", "convention"],
    ],
)
def test_search_equals_grep_on_each_resolution_of_session_75(db: str, args: list[str]) -> None:
    hits = _groups(_jsonl("--db", db, "search", *args, "--session", "75"))
    symbols = [str(r["symbol"]) for r in _jsonl("--db", db, "corpus", "list", "--session", "75")]
    assert len(symbols) >= 340
    for symbol in symbols:
        records = _jsonl("--db", db, "--res", symbol, "grep", *args)
        expected = [(r["id"], r["matches"]) for r in records]
        assert hits.get(symbol, []) == expected, symbol


def test_search_output_in_every_format(db: str) -> None:
    args = ("--db", db, "search", "-F", "Preventive Diplomacy for Central Asia", "--session", "75")
    plain = run(*args, "--verb", "welcome").stdout.splitlines()
    assert plain[0].split("\t")[:4] == ["A/RES/75/90", "OP15", "2020-12-10", "Welcomes"]
    record = _jsonl(*args)[0]
    assert list(record) == [
        "symbol",
        "id",
        "section",
        "annex",
        "date",
        "session",
        "part",
        "verb",
        "text",
        "matches",
        "lang",
    ]
    assert run(*args, "-l").stdout.splitlines()[0] == "A/RES/75/90\tOP15"
    counts = dict(line.split("\t") for line in run(*args, "-c").stdout.splitlines())
    assert counts["A/RES/75/272"] == str(len(_jsonl(*args, "--title", "Central Asia")))
    first = run(*args, "--first").stdout.split("\n\n")[1].splitlines()
    assert first[0].startswith("first use\tA/RES/75/")
    nothing = run("--db", db, "search", "zzyzx")
    assert (nothing.exit_code, nothing.stdout) == (1, "")
    assert run("--db", db, "search", "(", "--session", "75").exit_code == 2


def test_filters(db: str) -> None:
    since = _jsonl("--db", db, "corpus", "list", "--since", "2021-06", "--until", "2021")
    assert since and all("2021-06-01" <= str(r["date"]) <= "2021-12-31" for r in since)
    voted = _jsonl("--db", db, "corpus", "list", "--adoption", "vote", "--session", "75")
    assert voted and all(r["adoption"] == "Recorded vote" for r in voted)
    titled = _jsonl("--db", db, "corpus", "list", "--title", "central asia")
    assert {r["symbol"] for r in titled} >= {"A/RES/75/272"}
    bad = run("--db", db, "corpus", "list", "--sponsor", "Narnia")
    assert bad.exit_code == 2 and "Narnia" in bad.stderr
    assert run("--db", db, "corpus", "list", "--session", "7x").exit_code == 2


# --------------------------------------------------------------------------- adding files


def _copy(tmp: Path, names: list[str]) -> Path:
    folder = tmp / "src"
    folder.mkdir()
    for name in names:
        shutil.copy(require_shared(75) / name, folder / name)
    return folder


def _add(db: Path, *paths: Path | str, strict: bool = False) -> subprocess.CompletedProcess[str]:
    """``corpus add`` run in-process (``helpers.run``), its outcome as a process's."""
    extra = ["--strict"] if strict else []
    args = ["--db", str(db), "corpus", "add", *map(str, paths), *extra]
    result = run(*args)
    return subprocess.CompletedProcess(args, result.exit_code, result.stdout, result.stderr)


def test_re_adding_skips_unchanged_files_and_replaces_changed_ones(tmp_path: Path) -> None:
    folder = _copy(tmp_path, ["75_272_E.xml", "75_283_E.xml", "75_101A-B_E.xml"])
    db = tmp_path / "i.sqlite"
    first = _add(db, folder)
    assert first.returncode == 0 and first.stdout == ""
    assert "3 indexed, 0 unchanged, 0 skipped (4 resolutions" in first.stderr
    again = _add(db, folder)
    assert re.search(
        r"resolution: 0 indexed, 3 unchanged, 0 skipped \(\d+\.\d s\) in ", again.stderr
    )
    changed = folder / "75_272_E.xml"
    changed.write_bytes(
        changed.read_bytes().replace(b"</span> the assistance of", b"</span> the help of")
    )
    third = _add(db, folder)
    assert "1 indexed, 2 unchanged, 0 skipped" in third.stderr
    assert (
        run("--db", str(db), "search", "-F", "Welcomes the help", "-l").stdout
        == "A/RES/75/272\tOP2\n"
    )
    assert run("--db", str(db), "search", "-F", "Welcomes the assistance").exit_code == 1
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM resolutions").fetchone() == (4,)
        assert conn.execute(
            "SELECT count(*) FROM clauses c JOIN resolutions r ON r.id = c.resolution_id "
            "WHERE r.symbol = 'A/RES/75/272'"
        ).fetchone() == (20,)


def test_a_corrupt_file_among_good_ones_is_named_and_skipped(tmp_path: Path) -> None:
    folder = _copy(tmp_path, ["75_272_E.xml", "75_283_E.xml"])
    (folder / "broken.xml").write_bytes((folder / "75_283_E.xml").read_bytes()[:5000])
    db = tmp_path / "i.sqlite"
    result = _add(db, folder)
    assert result.returncode == 0
    lines = result.stderr.splitlines()
    assert any(line.startswith("resolution: warning: ") and "broken.xml" in line for line in lines)
    assert "2 indexed, 0 unchanged, 1 skipped" in lines[-1]
    strict = _add(tmp_path / "j.sqlite", folder, strict=True)
    assert strict.returncode == 2
    assert strict.stderr.splitlines()[-1].startswith("resolution: error: 1 file skipped")


def test_zip_archives_are_read_member_by_member(tmp_path: Path) -> None:
    archive = tmp_path / "session.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for name in ("75_272_E.xml", "75_283_E.xml"):
            zipped.write(require_shared(75) / name, f"English/{name}")
        zipped.writestr("English/readme.txt", "not a resolution")
    db = tmp_path / "i.sqlite"
    assert "2 indexed, 0 unchanged, 0 skipped" in _add(db, archive).stderr
    assert "0 indexed, 2 unchanged" in _add(db, tmp_path).stderr
    assert run("--db", str(db), "--res", "75/283", "info").exit_code == 0


def _consistent(db: Path) -> int:
    """Check the index is whole: every file's resolutions and clauses, the FTS index."""
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        conn.execute("INSERT INTO clauses_fts(clauses_fts) VALUES ('integrity-check')")
        assert conn.execute(
            "SELECT count(*) FROM files f WHERE NOT EXISTS "
            "(SELECT 1 FROM resolutions r WHERE r.file_id = f.id)"
        ).fetchone() == (0,)
        assert conn.execute(
            "SELECT count(*) FROM resolutions r WHERE clause_count != "
            "(SELECT count(*) FROM clauses c WHERE c.resolution_id = r.id)"
        ).fetchone() == (0,)
        return int(conn.execute("SELECT count(*) FROM files").fetchone()[0])


def _files_indexed(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM files").fetchone()[0])
    except sqlite3.Error:
        return 0


def _wait_for_rows(db: Path, proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while _files_indexed(db) == 0:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.05)


def _paused_add(tmp_path: Path) -> tuple[Path, Path, subprocess.Popen[str]]:
    """Start ``corpus add --jobs 1 FOLDER FIFO`` as a process, paused mid-add.

    FOLDER holds 12 files of session 75, more than one batch (``index.BATCH``, 8); FIFO is a
    named pipe named after the folder, so it is read last. The add indexes and commits the
    first batch, reads the rest of the folder, then blocks opening FIFO, which no one writes:
    it stays paused there, after its first commit and before its last, until it is stopped.
    Returns the index, the folder and the process.
    """
    folder = _copy(tmp_path, [p.name for p in _files(75)[:12]])
    fifo = tmp_path / "paused.xml"
    os.mkfifo(fifo)
    db = tmp_path / "i.sqlite"
    proc = subprocess.Popen(
        [*CLI, "--db", str(db), "corpus", "add", "--jobs", "1", str(folder), str(fifo)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    _wait_for_rows(db, proc)
    return db, folder, proc


def test_ctrl_c_during_add_leaves_a_consistent_index(tmp_path: Path) -> None:
    db, folder, proc = _paused_add(tmp_path)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert stderr.endswith("resolution: interrupted\n")
    done = _consistent(db)
    assert 0 < done < 12
    rest = _add(db, folder)
    assert f"{12 - done} indexed, {done} unchanged, 0 skipped" in rest.stderr
    _consistent(db)


def test_search_works_while_add_is_running(tmp_path: Path) -> None:
    db, _, proc = _paused_add(tmp_path)
    try:
        # as while the add writes a batch: a write transaction is open on the index
        with contextlib.closing(sqlite3.connect(db, isolation_level=None)) as writer:
            writer.execute("BEGIN IMMEDIATE")
            writer.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('terms', 'stale')")
            for _ in range(3):
                found = run("--db", str(db), "search", "-w", "the", "-c")
                assert found.exit_code == 0, found.stderr
                assert found.stderr == ""
            writer.execute("ROLLBACK")
        assert proc.poll() is None  # the searches ran while add was running
    finally:
        proc.send_signal(signal.SIGINT)  # enough: stop the add here
        proc.communicate(timeout=120)
    assert proc.returncode in (0, 130)
    _consistent(db)


def test_another_schema_version_is_refused_then_rebuilt(tmp_path: Path) -> None:
    folder = _copy(tmp_path, ["75_272_E.xml"])
    db = tmp_path / "i.sqlite"
    _add(db, folder)
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 99")
    refused = run("--db", str(db), "search", "Asia")
    assert refused.exit_code == 2
    assert "schema version 99" in refused.stderr and "--rebuild" in refused.stderr
    assert _add(db, folder).returncode == 2
    rebuilt = subprocess.run(
        [*CLI, "--db", str(db), "corpus", "add", "--rebuild", str(folder)],
        capture_output=True,
        text=True,
    )
    assert rebuilt.returncode == 0
    assert run("--db", str(db), "search", "-l", "-w", "Asia").stdout.startswith(
        "A/RES/75/272\tPP3\n"
    )
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    assert "not a resolution-cli index" in run("--db", str(other), "corpus", "info").stderr


def test_corpus_help_stays_light() -> None:
    code = (
        "import sys, contextlib, io\n"
        "from resolution_cli.cli import run\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    for args in (['corpus', '--help'], ['search', '--help'], ['corpus', 'add', '-h']):\n"
        "        run(args)\n"
        "heavy = ('rich', 'pydantic', 'regex', 'lxml', 'sqlite3')\n"
        "print(' '.join(m for m in heavy if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == []


def test_records_validate_against_their_schemas(db: str) -> None:
    from json_schema import conforms

    def check(name: str, records: list[dict[str, object]]) -> None:
        schema = json.loads(run("schema", name).stdout)
        assert records and all(conforms(r, schema) for r in records), name
        assert not conforms({**records[0], "extra": 1}, schema)

    phrase = ("-F", "Global Counter-Terrorism Strategy")
    check("corpus-hit", _jsonl("--db", db, "search", *phrase))
    check("corpus-first", _jsonl("--db", db, "search", *phrase, "--first")[-1:])
    check("corpus-count", _jsonl("--db", db, "search", *phrase, "-c"))
    check("corpus-ref", _jsonl("--db", db, "search", *phrase, "-l"))
    check("corpus-resolution", _jsonl("--db", db, "corpus", "list"))
    check("cited-by", _jsonl("--db", db, "cited-by", "60/288"))
    check("cited-by-count", _jsonl("--db", db, "cited-by", "60/288", "--count"))
    check("top-cited", _jsonl("--db", db, "corpus", "top-cited"))
    check("state-vote", _jsonl("--db", db, "corpus", "votes", "--state", "Cuba"))
    agree = run("--db", db, "corpus", "votes", "--agree", "Cuba", "Chile", "--format", "json")
    check("agreement", [json.loads(agree.stdout)])
    info = run("--db", db, "corpus", "info", "--format", "json")
    check("corpus-info", [json.loads(info.stdout)])


def test_on_a_terminal_hits_are_drawn_with_their_matches_highlighted(db: str) -> None:
    from helpers import TTY

    result = run("--db", db, "search", "-w", "Asia", "--session", "75", "--limit", "1", term=TTY)
    assert result.exit_code == 0
    assert "\x1b[1;30;43mAsia\x1b[0m" in result.stdout
    assert re.sub(r"\x1b\[[0-9;]*m", "", result.stdout).startswith("A/RES/75/5 PP2  2020-11-05\n")
    table = run("--db", db, "corpus", "list", "--session", "75", "--limit", "2", term=TTY)
    assert "symbol" in table.stdout and "A/RES/75/1" in table.stdout


def test_res_and_file_together_are_refused(db: str) -> None:
    result = run("--db", db, "--res", "75/272", "--file", "x.xml", "info")
    assert result.exit_code == 2
    assert "--res and --file" in result.stderr


def _adopted(path: Path) -> str:
    for element in _tree(path).iter(f"{AKN}FRBRdate"):
        if element.get("name") == "adoption":
            return str(element.get("date"))
    raise AssertionError(f"{path}: no adoption date")


def test_first_use_summary_matches_the_files(db: str) -> None:
    phrase = "Global Counter-Terrorism Strategy"
    printing = [
        p
        for p in _files(74, 75)
        if _english(p) and not _is_collection(p) and phrase in _body_text(p)
    ]
    first = min(printing, key=_adopted)
    per_session = {s: len([p for p in printing if f"{s}session" in str(p)]) for s in (74, 75)}
    data = json.loads(
        run(
            "--db", db, "search", "-F", phrase, "--first", "--session", "74-75", "--format", "json"
        ).stdout
    )
    assert data["first"]["date"] == _adopted(first)
    assert data["first"]["symbol"] == _symbol(first)
    assert [h["date"] for h in data["hits"]] == sorted(h["date"] for h in data["hits"])
    assert {p["session"]: p["resolutions"] for p in data["per_session"]} == per_session
    assert data["resolutions"] == sum(per_session.values()) and data["sessions"] == 2


def test_sponsor_filter(db: str) -> None:
    rows = _jsonl("--db", db, "corpus", "list", "--sponsor", "turkmenistan", "--session", "75")
    listed = {str(r["symbol"]) for r in rows}
    expected = set()
    for path in _files(75):
        if not _english(path) or _is_collection(path):
            continue
        for step in _tree(path).iter(f"{AKN}step"):
            if step.get("outcome", "").startswith("draftResolution") and "Turkmenistan" in (
                step.get("by") or ""
            ):
                expected.add(_symbol(path))
    assert "A/RES/75/272" in expected
    assert {s for s in listed if not re.search(r" [A-Z]$", s)} == expected


def test_default_db_follows_db_then_the_environment_then_xdg(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from resolution_cli.corpus import default_db

    monkeypatch.delenv("RESOLUTION_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    if sys.platform.startswith("linux"):
        assert default_db() == tmp_path / "data" / "resolution-cli" / "index.sqlite"
        monkeypatch.setenv("XDG_DATA_HOME", "relative/ignored")
        assert default_db() == Path.home() / ".local" / "share" / "resolution-cli" / "index.sqlite"
    monkeypatch.setenv("RESOLUTION_DB", str(tmp_path / "env.sqlite"))
    assert default_db() == tmp_path / "env.sqlite"
    assert default_db(str(tmp_path / "given.sqlite")) == tmp_path / "given.sqlite"
    missing = run("search", "x")  # the environment's index, which does not exist
    assert f"no corpus index at {tmp_path / 'env.sqlite'}" in missing.stderr


def test_load_resolution_for_other_commands(db: str) -> None:
    from resolution_cli import load
    from resolution_cli.corpus import CorpusError, load_resolution

    expected = load(require_shared(75) / "75_272_E.xml")
    assert load_resolution("75/272", db) == expected
    with pytest.raises(CorpusError, match="A/RES/75/2720 is not in the corpus index"):
        load_resolution("A/RES/75/2720", db)


def test_on_a_terminal_add_draws_a_progress_bar(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """stderr a terminal (Terminal.stderr_tty): the bar, the warnings above it, the summary."""
    from resolution_cli.terminal import Terminal

    monkeypatch.setenv("COLUMNS", "300")  # the width rich gives stderr

    folder = _copy(tmp_path, ["75_272_E.xml", "75_283_E.xml"])
    # A reader's warning is printed above the bar: an element no rule knows.
    source = (require_shared(75) / "75_100_E.xml").read_text(encoding="utf-8")
    end = source.index(">", source.index("<paragraph")) + 1
    odd = folder / "odd.xml"
    odd.write_text(source[:end] + "<mystery>odd words</mystery>" + source[end:], encoding="utf-8")
    line = source.count("\n", 0, end) + 1
    db = str(tmp_path / "i.sqlite")
    result = run(
        "--db", db, "corpus", "add", str(folder), "-j", "1", term=Terminal(stderr_tty=True)
    )
    text = re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", result.stderr)
    assert result.exit_code == 0 and result.stdout == ""
    assert "indexing" in text and "3/3" in text
    assert f"resolution: warning: {odd.resolve()}: line {line}: <mystery> kept as text" in text
    assert "3 indexed, 0 unchanged, 0 skipped" in text
    # stderr not a terminal: no bar, the warning and the summary as lines
    again = run("--db", str(tmp_path / "j.sqlite"), "corpus", "add", str(folder), "-j", "1")
    assert "indexing" not in again.stderr and "\x1b" not in again.stderr
    assert again.stderr.splitlines()[-1].startswith("resolution: 3 indexed, 0 unchanged")


def test_a_real_terminal_on_stderr_draws_the_bar(tmp_path: Path) -> None:
    """The pty smoke test: Terminal.from_environment sees stderr is a terminal."""
    import pty

    folder = _copy(tmp_path, ["75_272_E.xml"])
    master, slave = pty.openpty()
    env = {**os.environ, "COLUMNS": "300", "TERM": "xterm"}
    proc = subprocess.Popen(
        [*CLI, "--db", str(tmp_path / "i.sqlite"), "corpus", "add", str(folder), "-j", "1"],
        stdout=subprocess.PIPE,
        stderr=slave,
        env=env,
    )
    os.close(slave)
    drawn = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the other end closed
            break
        if not chunk:
            break
        drawn += chunk
    os.close(master)
    stdout, _ = proc.communicate(timeout=60)
    text = re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", drawn.decode("utf-8", "replace"))
    assert proc.returncode == 0 and stdout == b""
    assert "indexing" in text and "1/1" in text
    assert "1 indexed, 0 unchanged, 0 skipped" in text
