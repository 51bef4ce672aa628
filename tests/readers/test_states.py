"""State names (issue 16, items 8 and 9): one canonical name for each of the 193
Member States and 2 observer States, every spelling the UN prints mapped to it.

Expectations are written here by hand (the UN's list of Member States and the
spellings the sources print) or read from the sources with lxml and data_extract,
never from the reader's output.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest
from lxml import etree

from conftest import DATA_EXTRACT, DATA_EXTRACT_74, require_shared
from resolution_cli import load, states
from resolution_cli.readers import akn
from resolution_cli.readers.akn.names import split_states

#: Spellings of one State the UN prints (or has printed), and the State's current name.
SPELLINGS = {
    "Türkiye": ("Turkey", "TURKEY", "TÜRKİYE", "Türkiye", "TÜRKÝYE", "Turkiye", "TÜRKIYE"),
    "Netherlands (Kingdom of the)": (
        "Netherlands",
        "the Netherlands",
        "NETHERLANDS",
        "Netherlands (Kingdom of the)",
        "NETHERLANDS (KINGDOM OF THE)",
        "Kingdom of the Netherlands",
    ),
    "United Kingdom of Great Britain and Northern Ireland": (
        "United Kingdom",
        "the United Kingdom",
        "UNITED KINGDOM",
        "United Kingdom of Great Britain and Northern Ireland",
        "the United Kingdom of Great Britain and  Northern Ireland",
    ),
    "Côte d'Ivoire": ("Côte d'Ivoire", "Côte d\u2019Ivoire", "COTE D'IVOIRE", "Cote d'Ivoire"),
    "United States of America": ("United States", "UNITED STATES", "United States of America"),
    "Iran (Islamic Republic of)": ("Iran (Islamic Republic of)", "Islamic Republic of Iran"),
    "Democratic People's Republic of Korea": (
        "Democratic People\u2019s Republic of Korea",
        "Democratic Peoples Republic of Korea",  # 74/xx prints it without apostrophe
        "Democratic People\u2019's Republic of Korea",
    ),
    "Germany": ("Ge rmany", "GERMANY"),
    "Mauritania": ("Mauritani a", "MAURITANIA"),
    "Canada": ("Canad a",),  # 74_85, 74_119
    "Lebanon": ("L ebanon",),
    "Guinea-Bissau": ("Guinea -Bissau", "GUINEA-BISSAU"),  # 75_175
    "Eswatini": ("Swaziland",),
    "North Macedonia": ("The former Yugoslav Republic of Macedonia",),
    "Bahamas": ("the Bahamas",),
    "Holy See": ("Holy See", "HOLY SEE"),
    "State of Palestine": ("the State of Palestine",),
}


def test_the_list_holds_193_member_states_and_2_observer_states() -> None:
    members = states.member_states()
    assert len(members) == len(set(members)) == 193
    assert states.observer_states() == ("Holy See", "State of Palestine")
    for name in ("Türkiye", "Netherlands (Kingdom of the)", "Côte d'Ivoire", "South Sudan"):
        assert name in members
    for former in ("Turkey", "Netherlands", "Swaziland", "Czech Republic", "United Kingdom"):
        assert former not in members
    # every State is its own canonical name
    assert all(states.canonical(n) == n for n in (*members, *states.observer_states()))


@pytest.mark.parametrize("state", sorted(SPELLINGS))
def test_every_spelling_maps_to_the_one_canonical_name(state: str) -> None:
    for spelling in SPELLINGS[state]:
        assert states.canonical(spelling) == state, spelling
        assert states.is_state(spelling), spelling


def test_names_that_are_not_states() -> None:
    for name in ("United", "Islands", "the of Korea", "Guinea Bissau Niger", "Narnia", ""):
        assert states.canonical(name) is None, name
    # Niger is not Nigeria, Guinea not Equatorial Guinea, Dominica not Dominican Republic
    assert states.canonical("Niger") == "Niger" != states.canonical("Nigeria")
    assert states.canonical("the Niger") == "Niger"
    assert states.canonical("Guinea") == "Guinea"
    assert states.canonical("Dominica") == "Dominica"
    # a bracket after the name is not part of it: the sponsor is the State
    assert states.canonical("Guyana (on behalf of the Group of 77 and China)") == "Guyana"
    assert states.canonical("Venezuela (Bolivarian Republic of) (A74/368)") == (
        "Venezuela (Bolivarian Republic of)"
    )


def test_split_keeps_stray_spaces_and_leaves_no_fragment() -> None:
    warnings: list[str] = []
    line = (
        "Ge rmany, Mauritani a, TÜRKÝYE, Netherlands (Kingdom of the), Marshall  Islands, "
        "Solomon Islands, the Republic of Korea, Democratic People\u2019s Republic of Korea, "
        "Côte d\u2019Ivoire, Solomon Is lands, the Republic of Kor ea, Türkiye "
        "and COTE D'IVOIRE"
    )
    assert split_states(line, warnings.append) == (
        "Ge rmany",
        "Mauritani a",
        "TÜRKÝYE",
        "Netherlands (Kingdom of the)",
        "Marshall  Islands",
        "Solomon Islands",
        "the Republic of Korea",
        "Democratic People\u2019s Republic of Korea",
        "Côte d\u2019Ivoire",
        "Solomon Is lands",
        "the Republic of Kor ea",
        "Türkiye",
        "COTE D'IVOIRE",
    )
    assert warnings == []


# ------------------------------------------------------------------ sessions 74 and 75

#: Sponsors of sessions 74-75 that name no State, each for a reason of the source.
NOT_A_STATE = {
    "United": "A/RES/75/319's sponsor line prints 'United' where a State's name was cut",
}
#: The notes the UN prints after the last name of a sponsor line (the step's ``by`` of
#: the file named), as they stand there: kept as notes, the State before them a name.
SPONSOR_NOTES = {
    (
        "74_116.xml",
        "Togo",
        "Philippines was removed from the list of sponsors of the draft resolution",
    ),
    (
        "74_117.xml",
        "Zimbabwe",
        "Lebanon was removed from the list of sponsors of the draft resolution",
    ),
    (
        "74_20.xml",
        "Zambia",
        "Viet Nam was removed from the list of sponsors of the draft resolution",
    ),
}
#: Sponsors that are bodies, not States, recognized by how they start.
BODIES = ("submitted by ", "introduced in the Committee ", "on the basis of ")


def _files() -> list[Path]:
    return sorted(require_shared(74).glob("*.xml")) + sorted(require_shared(75).glob("*.xml"))


@cache
def _read() -> tuple[dict[str, int], dict[str, int]]:
    """Every sponsor and every vote name of sessions 74-75, as the reader prints them."""
    sponsors: dict[str, int] = {}
    voters: dict[str, int] = {}
    for path in _files():
        for label in list(akn.parts(path.read_bytes(), path.name)) or [None]:
            r = load(path, part_of=label)
            for name in r.sponsors + r.additional_sponsors:
                sponsors[name] = sponsors.get(name, 0) + 1
            if r.vote is not None:
                for kind in ("yes", "no", "abstain", "absent"):
                    for name in r.vote.states(kind):
                        voters[name] = voters.get(name, 0) + 1
    return sponsors, voters


def test_every_sponsor_and_vote_name_of_sessions_74_75_is_a_state() -> None:
    sponsors, voters = _read()
    listed = {*states.member_states(), *states.observer_states()}
    wrong = [
        name
        for name in (*sponsors, *voters)
        if name not in NOT_A_STATE
        and not name.startswith(BODIES)
        and states.canonical(name) not in listed
    ]
    assert not wrong, wrong
    for name in NOT_A_STATE:  # the exceptions are still true
        assert name in sponsors and states.canonical(name) is None
    # the vote lists name each of the 193 Member States, one spelling each
    assert {states.canonical(n) for n in voters} == set(states.member_states())
    assert len(voters) == 193
    spellings = {n for n in (*sponsors, *voters) if states.canonical(n) in listed}
    canon = {states.canonical(n) for n in spellings}
    # every Member State and the State of Palestine (the Holy See neither votes nor sponsors)
    assert canon == listed - {"Holy See"}
    assert len(spellings) > 400


def test_a_note_after_the_last_sponsor_is_a_note_and_its_state_a_name() -> None:
    """ "... Thailand and Togo. - Philippines was removed from the list of sponsors of the
    draft resolution": Togo is a sponsor (``--sponsor Togo`` finds 74/116), the note is
    kept whole, apart, and Philippines is not a sponsor of it for that."""
    found = set()
    for path in _files():
        for match in re.finditer(r'by="([^"]*\. - [^"]*)"', path.read_text(encoding="utf-8")):
            names, _, note = match.group(1).rpartition(". - ")
            found.add((path.name, re.split(r",| and ", names)[-1].strip(), note))
    assert found == SPONSOR_NOTES
    for name, state, note in SPONSOR_NOTES:
        r = load(require_shared(74) / name)
        assert r.sponsor_notes == (note,)
        assert state in r.sponsors + r.additional_sponsors
        assert not any("removed" in n for n in r.sponsors + r.additional_sponsors)


def test_the_vote_names_of_the_xml_are_states() -> None:
    """The AKN files' own <organization> names and data_extract's lists (read here
    without the reader) each map to a State."""
    require_shared()
    found: set[str] = set()
    for path in _files():
        root = etree.parse(str(path)).getroot()
        found.update(" ".join((o.text or "").split()) for o in root.iter("{*}organization"))
    for path in (DATA_EXTRACT, DATA_EXTRACT_74):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            for key in ("MS_in_favour", "MS_against", "MS_abstaining"):
                found.update(" ".join(n.split()) for n in record[key])
    found.discard("")
    unknown = sorted(n for n in found if states.canonical(n) is None)
    assert not unknown, unknown
    assert {states.canonical(n) for n in found} == set(states.member_states())


def test_no_file_warns_of_an_unknown_state_name() -> None:
    """The sponsor splitter and the vote reader know every State name of 74-75."""
    unknown = re.compile(r"is not a State name of the list")
    warned: list[str] = []
    for path in _files():
        for label in list(akn.parts(path.read_bytes(), path.name)) or [None]:
            messages: list[str] = []
            load(path, part_of=label, warn=messages.append)
            warned += [m for m in messages if unknown.search(m)]
    # 75/319 prints 'United' (NOT_A_STATE)
    assert all(any(repr(n) in m for n in NOT_A_STATE) for m in warned), warned
