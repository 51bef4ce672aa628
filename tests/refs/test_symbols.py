"""The grammar of UN document symbols: resolution_cli.symbols."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resolution_cli.symbols import KINDS, Symbol, find_symbols, parse_symbol

U = "https://undocs.org/en/"

# (as written, normalized, kind, url)
WHOLE = [
    # General Assembly resolutions, new and old style, special and emergency sessions
    ("A/RES/72/7", "A/RES/72/7", "GA resolution", U + "A/RES/72/7"),
    ("72/7", "A/RES/72/7", "GA resolution", U + "A/RES/72/7"),
    ("A/RES/217 (III)", "A/RES/217 (III)", "GA resolution", U + "A/RES/217(III)"),
    ("A/RES/217(III)", "A/RES/217 (III)", "GA resolution", U + "A/RES/217(III)"),
    ("217 A (III)", "A/RES/217 A (III)", "GA resolution", U + "A/RES/217A(III)"),
    ("3201 (S-VI)", "A/RES/3201 (S-VI)", "GA resolution", U + "A/RES/3201(S-VI)"),
    ("377 A (V)", "A/RES/377 A (V)", "GA resolution", U + "A/RES/377A(V)"),
    ("2252 (ES-V)", "A/RES/2252 (ES-V)", "GA resolution", U + "A/RES/2252(ES-V)"),
    ("A/RES/S-13/2", "A/RES/S-13/2", "GA resolution", U + "A/RES/S-13/2"),
    ("A/RES/ES-11/1", "A/RES/ES-11/1", "GA resolution", U + "A/RES/ES-11/1"),
    ("ES\u201110/15", "A/RES/ES-10/15", "GA resolution", U + "A/RES/ES-10/15"),
    ("A/RES/53/243 B", "A/RES/53/243 B", "GA resolution", U + "A/RES/53/243B"),
    ("A/DEC/74/555", "A/DEC/74/555", "GA decision", U + "A/DEC/74/555"),
    # drafts, documents, meeting records
    ("A/75/L.72", "A/75/L.72", "GA draft", U + "A/75/L.72"),
    ("A/75/L.72/Add.1", "A/75/L.72/Add.1", "GA draft", U + "A/75/L.72/Add.1"),
    ("A/C.3/75/L.5/Rev.1", "A/C.3/75/L.5/Rev.1", "GA draft", U + "A/C.3/75/L.5/Rev.1"),
    ("A/71/982", "A/71/982", "GA document", U + "A/71/982"),
    ("A/75/822/Add.1", "A/75/822/Add.1", "GA document", U + "A/75/822/Add.1"),
    ("A/66/53/Add.1/Corr.1", "A/66/53/Add.1/Corr.1", "GA document", U + "A/66/53/Add.1/Corr.1"),
    ("A/46/634/Rev.1", "A/46/634/Rev.1", "GA document", U + "A/46/634/Rev.1"),
    ("A/CONF.234/16", "A/CONF.234/16", "GA document", U + "A/CONF.234/16"),
    ("A/AC.109/2020/3", "A/AC.109/2020/3", "GA document", U + "A/AC.109/2020/3"),
    ("A/ES-10/273", "A/ES-10/273", "GA document", U + "A/ES-10/273"),
    ("A/S-12/32", "A/S-12/32", "GA document", U + "A/S-12/32"),
    ("A/INF/75/3/Rev.1", "A/INF/75/3/Rev.1", "GA document", U + "A/INF/75/3/Rev.1"),
    ("A/75/6 (Sect. 26)", "A/75/6 (Sect. 26)", "GA document", U + "A/75/6(Sect.26)"),
    (
        "A/75/6 (Sect.\u00a029G)/Corr.1",
        "A/75/6 (Sect. 29G)/Corr.1",
        "GA document",
        U + "A/75/6(Sect.29G)/Corr.1",
    ),
    ("A/75/5 (Vol. I)", "A/75/5 (Vol. I)", "GA document", U + "A/75/5(Vol.I)"),
    ("A/73/12 (part II)", "A/73/12 (Part II)", "GA document", U + "A/73/12(PartII)"),
    ("A/75/PV.59", "A/75/PV.59", "meeting record", U + "A/75/PV.59"),
    ("A/C.6/69/SR.24", "A/C.6/69/SR.24", "meeting record", U + "A/C.6/69/SR.24"),
    ("S/PV.7813", "S/PV.7813", "meeting record", U + "S/PV.7813"),
    # Security Council
    ("S/RES/1440 (2002)", "S/RES/1440 (2002)", "SC resolution", U + "S/RES/1440(2002)"),
    ("1325 (2000)", "S/RES/1325 (2000)", "SC resolution", U + "S/RES/1325(2000)"),
    ("S/2007/279", "S/2007/279", "SC document", U + "S/2007/279"),
    ("S/INF/52", "S/INF/52", "SC document", U + "S/INF/52"),
    ("S/PRST/2014/13", "S/PRST/2014/13", "SC presidential statement", U + "S/PRST/2014/13"),
    # Economic and Social Council, Human Rights Council
    ("E/RES/2019/33", "E/RES/2019/33", "ECOSOC resolution", U + "E/RES/2019/33"),
    ("2019/33", "E/RES/2019/33", "ECOSOC resolution", U + "E/RES/2019/33"),
    ("E/2019/27", "E/2019/27", "ECOSOC document", U + "E/2019/27"),
    ("E/CN.4/1998/53/Add.2", "E/CN.4/1998/53/Add.2", "ECOSOC document", U + "E/CN.4/1998/53/Add.2"),
    ("A/HRC/RES/43/12", "A/HRC/RES/43/12", "HRC resolution", U + "A/HRC/RES/43/12"),
    ("A/HRC/RES/S-28/1", "A/HRC/RES/S-28/1", "HRC resolution", U + "A/HRC/RES/S-28/1"),
    ("A/HRC/WG.2/17/2", "A/HRC/WG.2/17/2", "HRC document", U + "A/HRC/WG.2/17/2"),
    # Secretariat and other series
    ("ST/SGB/2013/4/Amend.1", "ST/SGB/2013/4/Amend.1", "Secretariat document", None),
    ("ST/AI/2019/4", "ST/AI/2019/4", "Secretariat document", U + "ST/AI/2019/4"),
    ("CRC/C/GC/24", "CRC/C/GC/24", "UN document", U + "CRC/C/GC/24"),
    ("DP/2020/1", "DP/2020/1", "UN document", U + "DP/2020/1"),
    ("TD/519/Add.2/Corr.1", "TD/519/Add.2/Corr.1", "UN document", U + "TD/519/Add.2/Corr.1"),
    ("TD/B/EFD/1/3", "TD/B/EFD/1/3", "UN document", U + "TD/B/EFD/1/3"),
    ("ICCD/COP(14)/23/Add.1", "ICCD/COP(14)/23/Add.1", "UN document", None),
    ("NPT/CONF.2020/PC.I/WP.13", "NPT/CONF.2020/PC.I/WP.13", "UN document", None),
    (
        "NPT/CONF.2000/28 (Parts I and II)",
        "NPT/CONF.2000/28 (Parts I and II)",
        "UN document",
        U + "NPT/CONF.2000/28(PartsIandII)",
    ),
    ("UNEP/EA.4/Res.1", "UNEP/EA.4/Res.1", "other resolution", U + "UNEP/EA.4/Res.1"),
    ("E/ESCAP/RES/72/7", "E/ESCAP/RES/72/7", "other resolution", U + "E/ESCAP/RES/72/7"),
    ("HSP/EB.2020/12/REV.1", "HSP/EB.2020/12/Rev.1", "UN document", U + "HSP/EB.2020/12/Rev.1"),
]


@pytest.mark.parametrize(("written", "normalized", "kind", "url"), WHOLE)
def test_parse_symbol(written: str, normalized: str, kind: str, url: str | None) -> None:
    symbol = parse_symbol(written)
    assert symbol is not None, written
    assert symbol.normalized == normalized
    assert symbol.kind == kind
    assert symbol.kind in KINDS
    assert symbol.url == (url or U + normalized.replace(" ", ""))


@pytest.mark.parametrize(("written", "normalized", "kind", "url"), WHOLE)
def test_found_in_running_text(written: str, normalized: str, kind: str, url: str | None) -> None:
    """Every full symbol is found as written inside a sentence (bare numbers after a keyword)."""
    lead = "Recalling resolution " if written[0].isdigit() or written[:2] == "ES" else "See "
    text = f"{lead}{written}, annex."
    matches = find_symbols(text)
    assert len(matches) == 1, matches
    (match,) = matches
    assert match.written == written
    assert text[match.start : match.end] == written
    assert [s.normalized for s in match.symbols] == [normalized]


def test_suffixes_keep_the_kind_of_their_base() -> None:
    symbol = parse_symbol("A/66/53/Add.1/Corr.1")
    assert symbol is not None
    assert symbol.kind == "GA document"
    assert symbol.suffixes == ("Add.1", "Corr.1")
    assert symbol.document == "A/66/53/Add.1/Corr.1"


@pytest.mark.parametrize("dash", ["-", "\u2013", "\u2011"])
def test_joint_symbol_is_one_match_with_its_parts(dash: str) -> None:
    text = f"A/71/982{dash}S/2017/600, annex."
    (match,) = find_symbols(text)
    assert match.written == f"A/71/982{dash}S/2017/600"
    (joint,) = match.symbols
    assert joint.normalized == "A/71/982-S/2017/600"
    assert joint.kind == "joint document"
    assert joint.url == U + "A/71/982"
    assert [(p.normalized, p.kind) for p in joint.parts] == [
        ("A/71/982", "GA document"),
        ("S/2017/600", "SC document"),
    ]
    assert [s.normalized for s in joint.flat()] == [
        "A/71/982-S/2017/600",
        "A/71/982",
        "S/2017/600",
    ]
    assert parse_symbol(f"A/71/982{dash}S/2017/600") == joint


def _found(text: str) -> list[tuple[str, list[str]]]:
    return [(m.written, [s.normalized for s in m.symbols]) for m in find_symbols(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Recalling its resolution 72/7 of 17 November 2017,", [("72/7", ["A/RES/72/7"])]),
        ("Resolution 60/288.", [("60/288", ["A/RES/60/288"])]),
        (
            "resolutions 53/243 A and B of 6 October 1999",
            [("53/243 A and B", ["A/RES/53/243 A", "A/RES/53/243 B"])],
        ),
        (
            "resolution 74/255 A-C",
            [("74/255 A-C", ["A/RES/74/255 A", "A/RES/74/255 B", "A/RES/74/255 C"])],
        ),
        (
            "its resolutions 65/188 of 21 December 2010 and 72/179 of 19 December 2017,",
            [("65/188", ["A/RES/65/188"]), ("72/179", ["A/RES/72/179"])],
        ),
        (
            "its resolutions 74/270 of 2 April 2020 on global solidarity to fight the coronavirus "
            "disease (COVID-19), 74/274 of 20 April 2020",
            [("74/270", ["A/RES/74/270"]), ("74/274", ["A/RES/74/274"])],
        ),
        ("See resolution 2200 A (XXI), annex.", [("2200 A (XXI)", ["A/RES/2200 A (XXI)"])]),
        (
            "as set out in resolutions 3201 (S-VI) and 3202 (S-VI)",
            [("3201 (S-VI)", ["A/RES/3201 (S-VI)"]), ("3202 (S-VI)", ["A/RES/3202 (S-VI)"])],
        ),
        (
            "Security Council resolutions 1325 (2000) of 31 October 2000 and 1820 (2008),",
            [("1325 (2000)", ["S/RES/1325 (2000)"]), ("1820 (2008)", ["S/RES/1820 (2008)"])],
        ),
        (
            "Human Rights Council resolutions 37/2 of 22 March 2018 and 42/7,",
            [("37/2", ["A/HRC/RES/37/2"]), ("42/7", ["A/HRC/RES/42/7"])],
        ),
        (
            "endorsed by the Human Rights Council in its resolution 17/4 of 16 June 2011,",
            [("17/4", ["A/HRC/RES/17/4"])],
        ),
        ("Human Rights Council resolution S-21/1,", [("S-21/1", ["A/HRC/RES/S-21/1"])]),
        (
            "Economic and Social Council resolution 2019/33 of 23 July 2019",
            [("2019/33", ["E/RES/2019/33"])],
        ),
        ("Environment Assembly resolution 4/1,", [("4/1", ["UNEP/EA.4/Res.1"])]),
        ("Recalling also its decision 74/555,", [("74/555", ["A/DEC/74/555"])]),
        (
            "General Assembly and Security Council resolutions 70/262 and 2282 (2016)",
            [("70/262", ["A/RES/70/262"]), ("2282 (2016)", ["S/RES/2282 (2016)"])],
        ),
        (
            "Supplement No. 49 (A/75/49), vol. I, becomes resolution 75/251 A.",
            [("A/75/49", ["A/75/49 (Vol. I)"]), ("75/251 A", ["A/RES/75/251 A"])],
        ),
        (
            "Commission on Population and Development resolution 2006/2 of 10 May 2006",
            [],
        ),
        (
            "[without reference to a Main Committee (A/75/L.72 and A/75/L.72/Add.1)]",
            [
                ("A/75/L.72", ["A/75/L.72"]),
                ("A/75/L.72/Add.1", ["A/75/L.72/Add.1"]),
            ],
        ),
        (
            "Rappelant ses résolutions 53/199 du 15 décembre 1998 et 61/185",
            [
                ("53/199", ["A/RES/53/199"]),
                ("61/185", ["A/RES/61/185"]),
            ],
        ),
    ],
)
def test_find_symbols_in_running_text(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "adopted on 17 November 2017",
        "on 2021-04-16",
        "dated 13/06/2017",
        "the coronavirus disease (COVID-19) pandemic",
        "see p. 12 and pages 3-5",
        "A/C",
        "A/C.3",
        "a reduction of 45 per cent (45%)",
        "from 10 to 11 a.m.",
        "Article 19 of the Charter",
        "the 2030 Agenda for Sustainable Development",
        "72/7",  # a bare number in running text is no reference
        "in 2019/2020",
        "HIV/AIDS and/or 24/7",
        "decision IX/16 C of the Conference of the Parties",
        "the Decade (2015\u20132024)",
    ],
)
def test_not_symbols(text: str) -> None:
    assert find_symbols(text) == []


@pytest.mark.parametrize(
    "text", ["", "  ", "A/C", "COVID-19", "17 November 2017", "2021-04-16", "13/06/2017", "p. 12"]
)
def test_parse_symbol_rejects(text: str) -> None:
    assert parse_symbol(text) is None


def test_parse_symbol_ignores_surrounding_space() -> None:
    assert parse_symbol("  A/RES/72/7\n") == parse_symbol("A/RES/72/7")


def test_symbol_is_frozen_and_hashable() -> None:
    symbol = parse_symbol("A/RES/72/7")
    assert isinstance(symbol, Symbol)
    assert {symbol, parse_symbol("72/7")} == {symbol}
    with pytest.raises(AttributeError):
        symbol.normalized = "x"  # type: ignore[misc]


_ALPHABET = st.sampled_from(
    [
        *"AESTRLPVC/.-\u2013\u2011 ()0123456789IVX,;andofresolution\u00a0\n",
        *["resolution ", "resolutions ", "A/RES/", "S/RES/", "/Add.", "(S-VI)", " and "],
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_on_any_text(text: str) -> None:
    parse_symbol(text)
    for match in find_symbols(text):
        assert text[match.start : match.end] == match.written
        assert match.symbols


@settings(max_examples=500, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_spans_index_back_into_symbol_like_text(text: str) -> None:
    parse_symbol(text)
    previous = -1
    for match in find_symbols(text):
        assert text[match.start : match.end] == match.written
        assert match.start >= previous
        previous = match.start
        for symbol in match.symbols:
            assert symbol.kind in KINDS
            assert symbol.url.startswith(U)
            assert " " not in symbol.url
