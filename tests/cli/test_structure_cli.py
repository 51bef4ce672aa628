"""Sections, annexes and the recorded vote through every command and format.

The resolutions are hand-built (tests/hand_built.py) and read back from their JSON
with --file; each expected output is written out here in full.
"""

from __future__ import annotations

import json
import re

import pytest

from hand_built import annexed, lone_annex, sectioned, write
from helpers import TTY, run
from resolution_cli.render import csv as csv_render
from resolution_cli.render import tsv as tsv_render


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    directory = tmp_path_factory.mktemp("structured")
    return {
        "sectioned": write(sectioned(), directory, "sectioned"),
        "annexed": write(annexed(), directory, "annexed"),
        "lone": write(lone_annex(), directory, "lone"),
    }


def out(*args: str, status: int = 0) -> str:
    result = run(*args)
    assert result.exit_code == status, result.stderr
    return result.stdout


ESCAPE = re.compile(r"\x1b(?:\[[0-9;?]*[A-Za-z]|\][^\x07\x1b]*(?:\x07|\x1b\\))")


def visible(text: str) -> str:
    return "\n".join(line.rstrip() for line in ESCAPE.sub("", text).splitlines())


SECTIONED_PLAIN = """\
A/RES/99/1
General Assembly
Ninety-ninth session
Resolution adopted by the General Assembly on 24 December 2045

99/1. Questions relating to the budget

The General Assembly,

Recalling its resolution 98/1,

I
Revised estimates

Having considered the report,

1. Approves the estimates;

2. Decides to review them.

II
Special political missions
and related matters

Noting that the missions refer to:
    (a) Good offices;
    (b) Panels of experts,

1. Welcomes the report;

2. Requests the Secretary-General to report;<sup>1</sup>

3. Decides to remain seized.

III
Other matters

1. Endorses the conclusions.

80th plenary meeting
24 December 2045

<sup>1</sup> A/99/7.
"""

ANNEXED_PLAIN = """\
A/RES/99/2
General Assembly
Ninety-ninth session
Resolution adopted by the General Assembly on 21 September 2045

99/2. Declaration and Convention

The General Assembly,

Guided by the Charter,

1. Adopts the declaration and the convention annexed hereto.

3rd plenary meeting
21 September 2045

Annex I
Declaration on cooperation

We, the Heads of State, gathered here,

1. We recognize the need for cooperation.

Follow-up
2. We decide to meet again.<sup>1</sup>

Appendix
List of partners

1. The partners are listed below.

Annex II
Convention on cooperation

The States Parties to the present Convention,

Have agreed as follows:

Article 1
Use of terms
For the purposes of this Convention, a partner is a State.

Article 2
Scope
1. This Convention applies to cooperation.

2. It does not apply to trade.

Article 3
Cooperation
1. Each State Party shall cooperate.

Done at New York.

<sup>1</sup> See A/99/300.
"""


def test_show_whole_plain_lays_out_sections(files: dict[str, str]) -> None:
    assert out("--file", files["sectioned"], "show", "--format", "plain") == SECTIONED_PLAIN


def test_show_whole_plain_lays_out_annexes_after_the_closing_line(files: dict[str, str]) -> None:
    assert out("--file", files["annexed"], "show", "--format", "plain") == ANNEXED_PLAIN


def test_show_refs_plain_names_the_section_or_annex_first(files: dict[str, str]) -> None:
    shown = out("--file", files["sectioned"], "show", "II.OP2", "sect. I, para. 1", "II.PP1")
    assert shown == (
        "I\nRevised estimates\n\n1. Approves the estimates;\n\n"
        "II\nSpecial political missions\nand related matters\n\n"
        "Noting that the missions refer to:\n    (a) Good offices;\n    (b) Panels of experts,\n\n"
        "2. Requests the Secretary-General to report;<sup>1</sup>\n<sup>1</sup> A/99/7.\n"
    )
    shown = out("--file", files["annexed"], "show", "annex II, art. 2", "annexI.appendix.1")
    assert shown == (
        "Annex I\nAppendix\n\n1. The partners are listed below.\n\n"
        "Annex II\n\nArticle 2\nScope\n1. This Convention applies to cooperation.\n\n"
        "2. It does not apply to trade.\n"
    )


def test_show_whole_rich_centres_section_and_annex_headings(files: dict[str, str]) -> None:
    result = run("--file", files["sectioned"], "show", "--format", "rich", term=TTY)
    lines = visible(result.stdout).splitlines()
    assert lines[lines.index("Recalling its resolution 98/1,") + 2 :][:3] == [
        " " * 49 + "I",
        " " * 41 + "Revised estimates",
        "",
    ]
    assert "\x1b[1m" + " " * 49 + "II" in result.stdout  # bold, centred on 100 columns
    assert "    (a) Good offices;" in lines  # a preambular sub-paragraph, as an operative one's
    annex = visible(run("--file", files["annexed"], "show", "--format", "rich", term=TTY).stdout)
    assert " " * 46 + "Annex II" in annex.splitlines()
    assert " " * 45 + "Article 2" in annex.splitlines()
    assert annex.splitlines()[-3:] == ["", "─" * 20, "¹ See A/99/300."]


def test_show_markdown_sections_and_annexes(files: dict[str, str]) -> None:
    sectioned_md = out("--file", files["sectioned"], "show", "--format", "markdown")
    assert "\n\n#### II\n\n#### Special political missions\n\n#### and related matters\n\n" in (
        sectioned_md
    )
    assert (
        "*Noting* that the missions refer to:\n\n(a) Good offices;\n\n(b) Panels of experts,"
        in (sectioned_md)
    )
    assert sectioned_md.endswith("[^1]: A/99/7.\n\n*80th plenary meeting*\\\n*24 December 2045*\n")
    annexed_md = out("--file", files["annexed"], "show", "--format", "markdown")
    tail = annexed_md.split("1. *Adopts* the declaration and the convention annexed hereto.\n\n")[1]
    assert tail == (
        "*3rd plenary meeting*\\\n*21 September 2045*\n\n"
        "## Annex I\n\n### Declaration on cooperation\n\n"
        "We, the Heads of State, gathered here,\n\n"
        "1. *We recognize* the need for cooperation.\n\n#### Follow-up\n\n"
        "2. *We decide* to meet again.[^1]\n\n"
        "### Appendix\n\n#### List of partners\n\n1. The partners are listed below.\n\n"
        "## Annex II\n\n### Convention on cooperation\n\n"
        "The States Parties to the present Convention,\n\n*Have agreed* as follows:\n\n"
        "#### Article 1\n\n#### Use of terms\n\n"
        "For the purposes of this Convention, a partner is a State.\n\n"
        "#### Article 2\n\n#### Scope\n\n1. This Convention applies to cooperation.\n\n"
        "2. It does not apply to trade.\n\n#### Article 3\n\n#### Cooperation\n\n"
        "1. Each State Party shall cooperate.\n\nDone at New York.\n\n[^1]: See A/99/300.\n"
    )


def test_clause_records_carry_section_annex_and_article(files: dict[str, str]) -> None:
    records = [
        json.loads(line)
        for line in out("--file", files["sectioned"], "list", "--format", "jsonl").splitlines()
    ]
    assert [(r["id"], r["section"], r["annex"]) for r in records] == [
        ("PP1", None, None),
        ("I.PP1", "I", None),
        ("I.OP1", "I", None),
        ("I.OP2", "I", None),
        ("II.PP1", "II", None),
        ("II.OP1", "II", None),
        ("II.OP2", "II", None),
        ("II.OP3", "II", None),
        ("III.OP1", "III", None),
    ]
    assert all("article" not in r for r in records)
    assert records[4]["subparagraphs"] == [
        {
            "num": "(a)",
            "text": "Good offices;",
            "markers": [],
            "subparagraphs": [],
            "wrap_up": None,
        },
        {
            "num": "(b)",
            "text": "Panels of experts,",
            "markers": [],
            "subparagraphs": [],
            "wrap_up": None,
        },
    ]
    (record,) = json.loads(
        out("--file", files["annexed"], "show", "annex II, art. 2, para. 2", "--format", "json")
    )
    assert record == {
        "id": "annexII.art2.2",
        "part": "operative",
        "number": 3,
        "num": "2.",
        "verb": "",
        "text": "It does not apply to trade.",
        "footnotes": [],
        "markers": [],
        "subparagraphs": [],
        "wrap_up": None,
        "headings": [],
        "section": None,
        "annex": "II",
        "article": "2",
    }
    lone = json.loads(out("--file", files["lone"], "show", "annex, para. 12", "--format", "json"))
    assert [(r["id"], r["annex"], r["article"]) for r in lone] == [("annex.12", "", None)]


def test_info_counts_and_vote_in_every_format(files: dict[str, str]) -> None:
    plain = out("--file", files["annexed"], "info", "--format", "plain")
    assert plain == (
        "symbol\tA/RES/99/2\nnumber\t99/2\ntitle\tDeclaration and Convention\n"
        "organ\tGeneral Assembly\nsession\tNinety-ninth session (99)\nadopted\t2045-09-21\n"
        "meeting\t3rd plenary meeting\nadoption type\tRecorded vote\n"
        "in favour\t3\nagainst\t1\nabstaining\t1\n"
        "preambular clauses\t1\noperative paragraphs\t1\n"
        "annexes\tAnnex I, Annex II\nannex paragraphs\t10\nfootnotes\t1\n"
    )
    data = json.loads(out("--file", files["annexed"], "info", "--format", "json"))
    assert data["adoption_type"] == "Recorded vote"
    assert data["vote"] == {"in_favour": 3, "against": 1, "abstaining": 1, "non_voting": None}
    assert data["counts"] == {
        "preambular": 1,
        "operative": 1,
        "footnotes": 1,
        "sections": 0,
        "annexes": 2,
        "annex_paragraphs": 10,
    }
    assert "annexes" not in data and "sections" not in data
    (line,) = out("--file", files["annexed"], "info", "--format", "jsonl").splitlines()
    assert json.loads(line) == data
    rich = visible(run("--file", files["annexed"], "info", "--format", "rich", term=TTY).stdout)
    assert re.search(r"^in favour +3$", rich, re.M) and re.search(r"^abstaining +1$", rich, re.M)
    sectioned_info = json.loads(out("--file", files["sectioned"], "info", "--format", "json"))
    assert "vote" not in sectioned_info
    assert sectioned_info["counts"] == {
        "preambular": 3,
        "operative": 6,
        "footnotes": 1,
        "sections": 3,
        "annexes": 0,
        "annex_paragraphs": 0,
    }
    assert "sections\tI, II, III\n" in out("--file", files["sectioned"], "info")


VOTES_PLAIN = (
    "Albania\tyes\nBosnia and Herzegovina\tyes\nNiger\tyes\nNigeria\tno\n"
    "Micronesia (Federated States of)\tabstain\n"
)


def test_votes_in_every_format(files: dict[str, str]) -> None:
    f = files["annexed"]
    assert out("--file", f, "votes") == VOTES_PLAIN
    expected = [
        {"state": state, "vote": vote}
        for state, vote in (line.split("\t") for line in VOTES_PLAIN.splitlines())
    ]
    assert json.loads(out("--file", f, "votes", "--format", "json")) == expected
    assert out("--file", f, "votes", "--format", "jsonl") == "".join(
        json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in expected
    )
    rich = visible(run("--file", f, "votes", "--format", "rich", term=TTY).stdout).splitlines()
    assert [line.split() for line in rich] == [
        ["state", "vote"],
        ["Albania", "yes"],
        ["Bosnia", "and", "Herzegovina", "yes"],
        ["Niger", "yes"],
        ["Nigeria", "no"],
        ["Micronesia", "(Federated", "States", "of)", "abstain"],
    ]


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--vote", "no"], "Nigeria\tno\n"),
        (["--vote", "ABSTAIN"], "Micronesia (Federated States of)\tabstain\n"),
        (["--state", "niger"], "Niger\tyes\n"),  # a whole name wins over a part of one
        (["--state", "NIG"], "Niger\tyes\nNigeria\tno\n"),
        (["--state", "bosnia  and"], "Bosnia and Herzegovina\tyes\n"),
        (["--state", "nig", "--vote", "no"], "Nigeria\tno\n"),
        (
            ["--state", "micronesia (federated states of)"],
            "Micronesia (Federated States of)\tabstain\n",
        ),
    ],
)
def test_votes_filters(files: dict[str, str], options: list[str], expected: str) -> None:
    assert out("--file", files["annexed"], "votes", *options) == expected


def test_votes_nothing_matched_is_exit_1(files: dict[str, str]) -> None:
    for options in (
        ["--state", "France"],
        ["--vote", "absent"],
        ["--state", "Niger", "--vote", "no"],
    ):
        result = run("--file", files["annexed"], "votes", *options)
        assert (result.exit_code, result.stdout, result.stderr) == (1, "", "")


def test_votes_without_a_vote_says_so_and_exits_0(files: dict[str, str]) -> None:
    result = run("--file", files["sectioned"], "votes")
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == (
        "resolution: A/RES/99/1 was adopted without a vote: there is no vote to list\n"
    )
    bundled = run("votes", "--format", "json")
    assert (bundled.exit_code, bundled.stdout) == (0, "")
    assert "A/RES/75/272 was adopted without a vote" in bundled.stderr


def test_votes_bad_option_is_exit_2() -> None:
    result = run("votes", "--vote", "maybe")
    assert result.exit_code == 2 and result.stdout == ""


def test_part_annex_for_list_grep_and_verbs(files: dict[str, str]) -> None:
    f = files["annexed"]
    listed = out("--file", f, "list", "--part", "annex", "--format", "jsonl").splitlines()
    assert [json.loads(line)["id"] for line in listed] == [
        "annexI.PP1",
        "annexI.1",
        "annexI.2",
        "annexI.appendix.1",
        "annexII.PP1",
        "annexII.PP2",
        "annexII.art1",
        "annexII.art2.1",
        "annexII.art2.2",
        "annexII.art3.1",
    ]
    assert (
        out("--file", f, "list", "--part", "preambular")
        == "PP1\tGuided by\tGuided by the Charter,\n"
    )
    # the annexes' titles are printed before their first clauses
    assert out("--file", f, "grep", "-l", "--part", "annex", "cooperat") == (
        "annexI.PP1\nannexI.1\nannexII.PP1\nannexII.art2.1\nannexII.art3.1\n"
    )
    assert out("--file", f, "grep", "-l", "--part", "operative", "annexed") == "OP1\n"
    assert out("--file", f, "grep", "-c", "--part", "annex", "annexed", status=1) == "0\n"
    assert out("--file", f, "grep", "-l", "--part", "annex", "--verb", "decide") == "annexI.2\n"
    assert out("--file", f, "verbs", "--part", "annex") == (
        "\t7\tannexI.PP1,annexI.appendix.1,annexII.PP1,annexII.art1,annexII.art2.1,"
        "annexII.art2.2,annexII.art3.1\n"
        "We recognize\t1\tannexI.1\nWe decide\t1\tannexI.2\nHave agreed\t1\tannexII.PP2\n"
    )
    assert out("--file", files["sectioned"], "verbs", "--part", "preambular") == (
        "Recalling\t1\tPP1\nHaving considered\t1\tI.PP1\nNoting\t1\tII.PP1\n"
    )


def test_grep_ids_follow_the_printed_numbers_in_sections(files: dict[str, str]) -> None:
    assert out("--file", files["sectioned"], "grep", "-l", "Decides") == "I.OP2\nII.OP3\n"


def test_bad_refs_are_one_line_exit_2(files: dict[str, str]) -> None:
    result = run("--file", files["sectioned"], "show", "OP2")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == (
        "resolution: error: 'OP2': A/RES/99/1 is divided into sections I, II and III; "
        'cite a paragraph as I.OP2 or "sect. I, para. 2"\n'
    )


def test_csv_and_tsv_gain_columns_only_with_sections_or_annexes(files: dict[str, str]) -> None:
    header = out("--file", files["annexed"], "list", "--format", "csv").splitlines()[0]
    assert header == ",".join(csv_render.COLUMNS) + ",section,annex,article"
    rows = out("--file", files["annexed"], "list", "--format", "csv").splitlines()
    assert rows[10] == (
        "annexII.art2.1,operative,2,1.,,This Convention applies to cooperation.,,,,,"
        '"[""Article 2"", ""Scope""]",,annexII,2'
    )
    assert out("--file", files["sectioned"], "show", "II.OP2", "--format", "tsv") == (
        "\t".join(csv_render.COLUMNS) + "\tsection\tannex\tarticle\n"
        "II.OP2\toperative\t2\t2.\tRequests\tRequests the Secretary-General to report;\t1\t1@41"
        "\t\t\t\tII\t\t\n"
    )
    bundled = out("list", "--format", "csv").splitlines()[0]
    assert bundled == ",".join(csv_render.COLUMNS)  # unchanged without sections or annexes


@pytest.mark.parametrize("name", ["sectioned", "annexed", "lone"])
def test_csv_and_tsv_read_back_to_the_same_clauses(files: dict[str, str], name: str) -> None:
    resolution = {"sectioned": sectioned, "annexed": annexed, "lone": lone_annex}[name]()
    csv_text = out("--file", files[name], "export", "--format", "csv")
    assert csv_render.read_rows(csv_text) == list(resolution.clauses)
    tsv_text = out("--file", files[name], "export", "--format", "tsv")
    assert tsv_render.read_rows(tsv_text) == list(resolution.clauses)


def test_schema_names_and_the_new_fields() -> None:
    clause = json.loads(out("schema", "clause"))
    assert {"section", "annex", "article"} <= set(clause["properties"])
    info = json.loads(out("schema", "info"))
    assert info["properties"]["vote"]["required"] == [
        "in_favour",
        "against",
        "abstaining",
        "non_voting",
    ]
    assert json.loads(out("schema", "vote"))["required"] == ["state", "vote"]
    assert json.loads(out("schema")) == json.loads(out("schema", "resolution"))
    result = run("schema", "nope")
    assert result.exit_code == 2
    assert result.stderr.startswith("resolution: error: no schema named 'nope'; expected one of ")


def test_records_have_exactly_the_keys_their_schema_names(files: dict[str, str]) -> None:
    def keys(name: str) -> tuple[set[str], set[str]]:
        schema = json.loads(out("schema", name))
        return set(schema["required"]), set(schema["properties"])

    required, allowed = keys("clause")
    for line in out("--file", files["annexed"], "grep", "e", "--format", "jsonl").splitlines():
        assert required <= set(json.loads(line)) <= allowed
    required, allowed = keys("info")
    for f in files.values():
        assert required <= set(json.loads(out("--file", f, "info", "--format", "json"))) <= allowed
    required, allowed = keys("vote")
    for line in out("--file", files["annexed"], "votes", "--format", "jsonl").splitlines():
        assert set(json.loads(line)) == required == allowed


def test_pager_only_on_an_interactive_terminal(
    files: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from resolution_cli.cli import app

    paged: list[str] = []
    monkeypatch.setattr(app, "_page", lambda command, text: paged.append(text))
    monkeypatch.delenv("PAGER", raising=False)
    monkeypatch.delenv("RESOLUTION_PAGER", raising=False)
    monkeypatch.setattr(app, "_interactive", lambda: True)
    monkeypatch.setenv("LINES", "10")
    run("--file", files["annexed"], "show", term=TTY)  # taller than 10 lines: paged
    assert len(paged) == 1 and "Annex II" in paged[0]
    assert run("--file", files["annexed"], "show", "--no-pager", term=TTY).stdout
    assert run("show", "OP2", term=TTY).stdout  # shorter than the screen: printed
    run("show", "OP2", "--pager", term=TTY)
    assert len(paged) == 2
    assert run("--file", files["annexed"], "show").stdout == ANNEXED_PLAIN  # piped: never
    assert len(paged) == 2
    monkeypatch.setattr(app, "_interactive", lambda: False)  # stdin redirected
    assert run("--file", files["annexed"], "show", "--pager", term=TTY).stdout
    assert len(paged) == 2


def test_list_and_grep_take_refs_compact_or_written(files: dict[str, str]) -> None:
    f = files["sectioned"]
    assert out("--file", f, "list", "sect. II, paras. 2-3") == (
        "II.OP2\tRequests\tRequests the Secretary-General to report;\n"
        "II.OP3\tDecides\tDecides to remain seized.\n"
    )
    assert out("--file", f, "list", "II", "--part", "preambular") == (
        "II.PP1\tNoting\tNoting that the missions refer to: (a) Good offices; "
        "(b) Panels of experts,\n"
    )
    assert out("--file", f, "grep", "-l", "Decides", "sect. II") == "II.OP3\n"
    assert out("--file", f, "grep", "-l", "Decides", "I.OP2", "III") == "I.OP2\n"
    assert run("--file", f, "grep", "-l", "Welcomes", "sect. I").exit_code == 1
    assert run("--file", f, "list", "OP1").exit_code == 2
    a = files["annexed"]
    assert out("--file", a, "grep", "-l", "State", "annex II, article 1", "annexII.art3") == (
        "annexII.art1\nannexII.art3.1\n"
    )


def test_grep_matches_a_section_or_annex_heading_before_its_first_clause(
    files: dict[str, str],
) -> None:
    assert out("--file", files["sectioned"], "grep", "-l", "political missions") == "II.PP1\n"
    assert out("--file", files["sectioned"], "grep", "-l", "(?m)^III$") == "III.OP1\n"
    assert out("--file", files["annexed"], "grep", "-l", "Convention on cooperation") == (
        "annexII.PP1\n"
    )
    assert out("--file", files["annexed"], "grep", "-l", "List of partners") == (
        "annexI.appendix.1\n"
    )


def test_show_refs_markdown_names_the_section_or_annexes_by_level(files: dict[str, str]) -> None:
    assert out("--file", files["annexed"], "show", "annexI.appendix.1", "--format", "markdown") == (
        "## Annex I\n\n### Appendix\n\n1. The partners are listed below.\n"
    )
    assert out("--file", files["sectioned"], "show", "III.OP1", "--format", "markdown") == (
        "#### III\n\n#### Other matters\n\n1. *Endorses* the conclusions.\n"
    )


def test_akn_identification_is_written_by_one_helper(files: dict[str, str]) -> None:
    """Every FRBR block (the resolution's and each annex's) differs only in FRBRthis."""
    from pathlib import Path

    from lxml import etree

    import resolution_cli.render.akn as akn

    source = Path(akn.__file__).read_text("utf-8")
    assert source.count('"FRBRWork"') == 1
    document = etree.fromstring(
        out("--file", files["annexed"], "export", "--format", "akn").encode()
    )
    blocks = document.xpath("//*[local-name()='identification']")
    assert len(blocks) >= 2

    def shape(block: etree._Element) -> list[tuple[str, dict[str, str]]]:  # FRBRthis aside
        return [
            (etree.QName(e).localname, dict(e.attrib))
            for e in block.iter()
            if etree.QName(e).localname != "FRBRthis"
        ]

    assert all(shape(block) == shape(blocks[0]) for block in blocks)
