# ruff: noqa: RUF001, RUF002, RUF003
"""The structure rules of the six official languages (issue 17): the printed forms of
:mod:`resolution_cli.words`, compiled by :class:`resolution_cli.readers.assemble.Forms`
and :mod:`resolution_cli.readers.numbering`, then read by the AKN reader.

The expectations are what the printed documents show (the UN's files are quoted where
a snippet is cut from one): Arabic numbers its paragraphs "1 -" and letters its
sub-paragraphs "(أ) (ب) ..."; French, Spanish and Russian write "a)"; Chinese numbers
sections "一", "二" and nests "㈠"; every version's ids are the English version's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from resolution_cli.model import Resolution
from resolution_cli.readers import akn
from resolution_cli.readers.assemble import (
    forms,
    label_kind,
    preambular_in_body,
    sub_level,
)
from resolution_cli.readers.numbering import han_value, section_line, section_number
from resolution_cli.words import ENGLISH, WORDS, words_for

AR, ZH, RU, FR, ES = (WORDS[c] for c in ("ar", "zh", "ru", "fr", "es"))


# ------------------------------------------------------------------ the word table


def test_the_table_has_the_six_languages_and_reads_frbr_codes() -> None:
    assert sorted(WORDS) == ["ar", "en", "es", "fr", "ru", "zh"]
    assert all(WORDS[code].code == code for code in WORDS)
    assert words_for("ara") is AR and words_for("zho") is ZH and words_for("fr") is FR
    assert words_for(None) is ENGLISH and words_for("xx") is ENGLISH


# ---------------------------------------------------------------- printed numbers


@pytest.mark.parametrize(
    ("num", "number"),
    [("1 -", "1"), ("12 -", "12"), ("3.", "3"), ("\u200f19 -\u200f", "19"), ("5–", "5")],
)
def test_arabic_numbers_a_paragraph_with_a_dash(num: str, number: str) -> None:
    match = forms(AR).number.match(num)
    assert match is not None and match.group(1) == number


def test_english_keeps_its_numbers_as_before() -> None:
    assert forms(ENGLISH).number.match("1 -") is None
    assert forms(ENGLISH).number.match("1.") is not None
    assert forms(ENGLISH).leading_number.match("2021 was") is None


def test_a_number_at_the_head_of_the_text() -> None:
    # 75_100_A.xml line 260: "\t1 -\t<span class="bold italic">تحيط علما</span> ..."
    match = forms(AR).leading_number.match("1 - تحيط علما بتقرير")
    assert match is not None and match.group(1) == "1"
    # 74_251_C.xml line 530: "19.在不开创先例的情况下" (no space after the number)
    match = forms(ZH).leading_number.match("19.在不开创先例的情况下")
    assert match is not None and match.group(1) == "19"
    assert forms(ZH).leading_number.match("2021年") is None


# ------------------------------------------------------------- sub-paragraph labels


@pytest.mark.parametrize(
    ("lang", "label", "meaning"),
    [
        ("fr", "a)", "(a)"),
        ("es", "ii)", "(ii)"),
        ("ru", "b)", "(b)"),
        ("ru", "\u0430)", "(a)"),  # Cyrillic а, 75_273_R.xml
        ("ru", "\u0441)", "(c)"),  # Cyrillic с
        ("ar", "(أ)", "(a)"),
        ("ar", "(ب)", "(b)"),
        ("ar", "(ه)", "(e)"),
        ("ar", "(هـ)", "(e)"),  # the UN writes the fifth letter both ways
        ("ar", "(ط)", "(i)"),  # the ninth letter, never a roman numeral
        ("ar", "’1‘", "(1)"),  # nested numbers: a kind of their own
        ("zh", "㈠", "(1)"),
        ("zh", "(a)", "(a)"),
    ],
)
def test_labels_of_every_script(lang: str, label: str, meaning: str) -> None:
    printed = forms(WORDS[lang])
    assert printed.label.fullmatch(label), label
    assert printed.canonical(label) == meaning


def test_english_labels_need_both_parentheses() -> None:
    assert forms(ENGLISH).label.fullmatch("a)") is None
    assert forms(ENGLISH).canonical("(a)") == "(a)"


def test_arabic_lettering_nests_by_the_meaning_of_its_labels() -> None:
    canonical = forms(AR).canonical
    # (ح) (h) then (ط) (i): the next letter, not a roman numeral under (h)
    levels = [(label_kind(canonical("(أ)")), canonical("(ح)"))]
    assert sub_level(levels, canonical("(ط)")) == (0, "alpha")
    # ’1‘ under (ب): a new level
    levels = [(label_kind(canonical("(أ)")), canonical("(ب)"))]
    assert sub_level(levels, canonical("’1‘")) == (1, "digit")


# ------------------------------------------------------------------------- sections


@pytest.mark.parametrize(
    ("lang", "line", "found"),
    [
        ("en", "II", ("II", "")),
        ("en", "I Activities", None),  # English prints its heading on a line of its own
        ("ru", "I Деятельность Управления", ("I", "Деятельность Управления")),
        ("fr", "XIII État d’avancement", ("XIII", "État d’avancement")),
        ("es", "A Escala de sueldos básicos/mínimos", ("A", "Escala de sueldos básicos/mínimos")),
        ("es", "A la luz de lo anterior", None),
        ("zh", "一", ("I", "")),
        ("zh", "一 内部监督事务厅的活动", ("I", "内部监督事务厅的活动")),
        ("zh", "十一", ("XI", "")),
        ("zh", "二十六", ("XXVI", "")),
        ("ar", "أولا", ("I", "")),
        ("ar", "ثانيا", ("II", "")),
        ("ar", "حادي عشر", ("XI", "")),
        ("ar", "سادس وعشرون", ("XXVI", "")),
        ("ar", "أولا - تنظيم الأعمال", ("I", "تنظيم الأعمال")),
        ("ar", "باء", ("B", "")),
    ],
)
def test_section_numbers_read_as_english_prints_them(
    lang: str, line: str, found: tuple[str, str] | None
) -> None:
    assert section_line(line, WORDS[lang]) == found
    assert section_number(line, WORDS[lang]) == (found[0] if found else None)


def test_chinese_numerals() -> None:
    numerals = ZH.numerals
    assert [han_value(t, numerals) for t in ("一", "九", "十", "十一", "二十", "二十二")] == [
        1,
        9,
        10,
        11,
        20,
        22,
    ]
    assert han_value("十十", numerals) is None and han_value("大会", numerals) is None


# -------------------------------------------------------------- annexes, articles


@pytest.mark.parametrize(
    ("lang", "label", "found"),
    [
        ("fr", "Annexe I", ("Annex", "I")),
        ("es", "Anexo II", ("Annex", "II")),
        ("ru", "Приложение III", ("Annex", "III")),
        ("ar", "المرفق الأول", ("Annex", "I")),
        ("ar", "المرفق الثاني", ("Annex", "II")),
        ("zh", "附件一", ("Annex", "I")),
        ("zh", "附件", ("Annex", "")),
        ("fr", "Appendice", ("Appendix", "")),
        ("fr", "Annexe à la présente résolution", None),
    ],
)
def test_annex_labels_give_the_english_word_and_number(
    lang: str, label: str, found: tuple[str, str] | None
) -> None:
    assert forms(WORDS[lang]).annex_label_of(label) == found


@pytest.mark.parametrize(
    ("lang", "heading", "number"),
    [
        ("fr", "Article premier", "1"),  # A_RES_75_257 B-2109408F.xml line 263
        ("fr", "Article 2", "2"),
        ("es", "Artículo 1", "1"),
        ("ru", "Статья 1", "1"),
        ("ru", "Правило 9", "9"),  # rules of procedure are read as articles
        ("ar", "المادة 1", "1"),
        ("zh", "第1条 过渡安排", "1"),
        ("zh", "第9条", "9"),
        ("fr", "Articles de la Charte", None),
    ],
)
def test_article_headings(lang: str, heading: str, number: str | None) -> None:
    assert forms(WORDS[lang]).article_number(heading) == number


def test_divisions_in_other_languages() -> None:
    assert forms(FR).is_division("Chapitre II")
    assert forms(AR).is_division("أولا - تنظيم الأعمال")
    assert forms(ZH).is_division("一.")
    assert not forms(FR).is_division("La Conférence se compose")


def test_a_preambular_clause_in_the_body_is_told_by_its_end_in_other_languages() -> None:
    # 75_1_F.xml: "Adopte la déclaration suivante :" is operative; "Ayant examiné ...," not
    def told(lead: str, text: str) -> bool:
        return preambular_in_body(lead, first=True, numbered_follows=True, text=text, words=FR)

    assert not told("Adopte", "Adopte la déclaration suivante :")
    assert told("Ayant examiné", "Ayant examiné le rapport du Secrétaire général,")
    assert not preambular_in_body(
        "Resuelve", first=True, numbered_follows=True, text="Resuelve que, para 2021:", words=ES
    )


# --------------------------------------------------------------------- AKN snippets


def _xml(lang: str, preamble: str, body: str, after: str = "", conclusions: str = "") -> bytes:
    """A resolution in ``lang`` (its FRBRlanguage), cut down to what the rules read."""
    return f"""<?xml version="1.0" encoding="utf-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <statement name="resolution">
    <meta>
      <identification source="#DGACM">
        <FRBRWork>
          <FRBRthis value="/akn/un/statement/deliberation/unga/2099-04-16/99-81/!main/"/>
          <FRBRdate date="2099-04-16" name="adoption"/>
        </FRBRWork>
        <FRBRExpression><FRBRlanguage language="{lang}"/></FRBRExpression>
      </identification>
    </meta>
    <coverPage><p><docNumber refersTo="#symbol">A/RES/99/81</docNumber></p></coverPage>
    <preface><p><docTitle refersTo="#resolutionTitle">Title</docTitle></p></preface>
    <preamble>{preamble}</preamble>
    <mainBody>{body}</mainBody>
    <conclusions>{conclusions}</conclusions>
    {after}
  </statement>
</akomaNtoso>""".encode()


def _read(data: bytes) -> tuple[Resolution, list[str]]:
    warnings: list[str] = []
    return akn.read(data, "t.xml", warn=warnings.append), warnings


def _p(text: str, num: str = "") -> str:
    numbered = f"<num>{num}</num>" if num else ""
    return f'<paragraph>{numbered}<content><p xml:space="preserve">{text}</p></content></paragraph>'


_PP = '<container><p><span class="italic">Recalling</span> its resolutions,</p></container>'


def test_arabic_numbers_in_the_text_are_the_paragraphs_numbers() -> None:
    # 75_100_A.xml line 260 and 75_273_A.xml line 213 (the number in <num>, with " -")
    body = (
        _p('\t1 -\t<span class="bold italic">تحيط علما</span> بتقرير الأمين العام؛')
        + _p('\t<span class="bold italic">تشجع</span> جميع الدول الأعضاء على ما يلي:', "\t2 -")
        + _p("\t(أ)\tتعيين جهة اتصال وطنية؛")
        + _p("\t(ب)\tوضع برامج وطنية؛")
        + _p("\t(هـ)\tالتوعية؛")
        + _p('\t3 -\t<span class="bold italic">تقرر</span> أن تبقي المسألة قيد نظرها.')
    )
    res, warnings = _read(_xml("ara", _PP, body))
    assert [c.id for c in res.operative] == ["OP1", "OP2", "OP3"]
    # the number as the Arabic version prints it, "1 -" (not rewritten "1.")
    assert [c.num for c in res.operative] == ["1 -", "2 -", "3 -"]
    first = res.operative[0]
    assert first.text.startswith("تحيط علما")  # the lead phrase's span opens the text
    assert "1 -" not in first.text
    second = res.operative[1]
    assert [s.num for s in second.subparagraphs] == ["(أ)", "(ب)", "(هـ)"]
    assert second.subparagraphs[0].text == "تعيين جهة اتصال وطنية؛"
    assert warnings == []


def test_french_and_russian_letters_are_sub_paragraphs() -> None:
    body = (
        _p('<span class="italic">Encourage</span> les États Membres à :', "1.")
        + _p("\ta)\tdésigner un point de contact ;")
        + _p("\tb)\télaborer des programmes ;")
        + _p("\t\ti)\ten matière de sécurité ;")
        + _p('<span class="italic">Décide</span> de rester saisie de la question.', "2.")
    )
    res, _ = _read(_xml("fra", _PP, body))
    assert [c.id for c in res.operative] == ["OP1", "OP2"]
    subs = res.operative[0].subparagraphs
    assert [s.num for s in subs] == ["a)", "b)"]
    assert [s.num for s in subs[1].subparagraphs] == ["i)"]
    body = (
        _p('<span class="italic">призывает</span> государства:', "1.")
        + _p("\t\u0430)\tназначить координатора;")  # Cyrillic а, as printed
        + _p("\tb)\tразработать программы;")
    )
    res, _ = _read(_xml("rus", _PP, body))
    subs = res.operative[0].subparagraphs
    assert [s.num for s in subs] == ["\u0430)", "b)"]  # printed as published, one level


def test_chinese_nested_numbers_are_sub_paragraphs() -> None:
    # 75_101A-B_C.xml line 237: "㈠\t开发 ..."
    body = (
        _p('<span class="bold">请</span>秘书长：', "1.")
        + _p("(a)\t加强合作；")
        + _p("㈠\t开发人力资源；")
        + _p("㈡\t支持培训方案；")
        + _p("(b)\t提交报告；")
        + _p('<span class="bold">决定</span>继续审议。', "2.")
    )
    res, _ = _read(_xml("zho", _PP, body))
    assert [c.id for c in res.operative] == ["OP1", "OP2"]
    subs = res.operative[0].subparagraphs
    assert [s.num for s in subs] == ["(a)", "(b)"]
    assert [s.num for s in subs[0].subparagraphs] == ["㈠", "㈡"]


def test_sections_numbered_in_each_language() -> None:
    # 75_247_R.xml line 129: number and heading in one subheading
    section = (
        "<section><subheading>\t\tI Деятельность Управления</subheading>"
        + _p('<span class="italic">просит</span> представить доклад;', "1.")
        + "</section><section><subheading>\t\tII Деятельность Комитета</subheading>"
        + _p('<span class="italic">просит</span> представить доклад;', "1.")
        + "</section>"
    )
    res, _ = _read(_xml("rus", "", section))
    assert [(s.num, s.heading) for s in res.sections] == [
        ("I", ("Деятельность Управления",)),
        ("II", ("Деятельность Комитета",)),
    ]
    assert [c.id for s in res.sections for c in s.operative] == ["I.OP1", "II.OP1"]
    # 75_247_A.xml lines 131-146: "أولا" and the heading in bold paragraphs of the section
    bold = '<paragraph><content><p><span class="bold">\t\t{}</span></p></content></paragraph>'
    section = (
        "<section>"
        + bold.format("أولا")
        + bold.format("أنشطة المكتب")
        + _p('<span class="bold italic">تطلب</span> تقديم تقرير؛', "1 -")
        + "</section><section>"
        + bold.format("ثانيا")
        + bold.format("أنشطة اللجنة")
        + _p('<span class="bold italic">تطلب</span> تقديم تقرير؛', "1 -")
        + "</section>"
    )
    res, _ = _read(_xml("ara", "", section))
    # ids by the roman numeral; the number as printed stays the heading's first line
    assert [(s.num, s.heading) for s in res.sections] == [
        ("I", ("أولا", "أنشطة المكتب")),
        ("II", ("ثانيا", "أنشطة اللجنة")),
    ]
    # 75_253_C.xml line 189: "一" in its own subheading
    section = (
        "<section><subheading>\t\t一</subheading><subheading>申请补助金</subheading>"
        + _p('<span class="bold">注意到</span>秘书长的说明；', "1.")
        + "</section><section><subheading>\t\t二</subheading><subheading>订正估计数</subheading>"
        + _p('<span class="bold">注意到</span>秘书长的报告；', "1.")
        + "</section>"
    )
    res, _ = _read(_xml("zho", "", section))
    assert [(s.num, s.heading) for s in res.sections] == [
        ("I", ("一", "申请补助金")),
        ("II", ("二", "订正估计数")),
    ]
    assert [c.id for s in res.sections for c in s.clauses] == ["I.OP1", "II.OP1"]


def test_english_keeps_a_heading_on_the_number_line_as_text() -> None:
    section = (
        "<section><subheading>I Activities</subheading>"
        + _p('<span class="italic">Requests</span> a report;', "1.")
        + "</section>"
    )
    res, _ = _read(_xml("eng", _PP, section))
    assert res.sections == ()


def test_the_closing_line_printed_again_is_not_a_clause() -> None:
    # 75_1_S.xml line 410: the last mainBody paragraph repeats the conclusions' line 417
    italic = '<paragraph><content><p><span class="italic">{}</span></p></content></paragraph>'
    closing = italic.format("Tercera sesión plenaria")
    body = (
        _p('<span class="italic">Decide</span> aprobar la declaración;', "1.")
        + _p('<span class="italic">Decide</span> seguir ocupándose.', "2.")
        + closing
    )
    meeting = '<p><inline name="adoptionMeeting">Tercera sesión plenaria</inline></p>'
    res, warnings = _read(_xml("spa", _PP, body, conclusions=meeting))
    assert [c.id for c in res.operative] == ["OP1", "OP2"]
    assert "Tercera" not in res.operative[-1].text
    assert warnings == []
    # 75_238_A.xml line 700: not in the conclusions; it is the meeting line, as printed
    closing = italic.format("الجلسة العامة 48 (المستأنفة)")
    body = _p('<span class="bold italic">تقرر</span> ذلك.', "1 -") + closing
    res, warnings = _read(_xml("ara", _PP, body))
    assert [c.id for c in res.operative] == ["OP1"]
    assert "الجلسة" not in res.operative[0].text
    assert res.meeting is not None
    assert (res.meeting.name, res.meeting.number) == ("الجلسة العامة 48 (المستأنفة)", 48)
    assert warnings == []


def _annex(body: str) -> str:
    return (
        '<attachments><attachment><doc name="annex"><mainBody>'
        + body
        + "</mainBody></doc></attachment></attachments>"
    )


def test_annex_labels_and_articles_give_the_english_ids() -> None:
    # 75_212_C.xml line 479: "附件一" in a plain paragraph, its title in the next one
    annexes = _annex(
        _p("附件一")
        + _p("\t\t临时议程")
        + _p("会议开幕。", "1.")
        + _p("通过议程。", "2.")
        + _p("附件二")
        + _p("\t\t拟议工作安排")
        + _p("会议将举行六次全体会议。", "1.")
    )
    body = _p('<span class="bold">决定</span>召开会议；', "1.")
    res, _ = _read(_xml("zho", _PP, body, annexes))
    assert [a.num for a in res.annexes] == ["I", "II"]
    assert [a.title for a in res.annexes] == [("临时议程",), ("拟议工作安排",)]
    assert [c.id for a in res.annexes for c in a.clauses] == ["annexI.1", "annexI.2", "annexII.1"]
    # A_RES_75_257 B-2109408F.xml line 263: "Article premier" is article 1
    bold = '<paragraph><content><p><span class="bold">{}</span></p></content></paragraph>'
    annexes = _annex(
        bold.format("Article premier")
        + _p("Les juges cessent leurs fonctions.")
        + bold.format("Article 2")
        + _p("Une demande peut être présentée.", "1.")
        + _p("La chambre statue.", "2.")
    )
    body = _p('<span class="italic">Approuve</span> l’additif ;', "1.")
    res, _ = _read(_xml("fra", _PP, body, annexes))
    ids = [c.id for a in res.annexes for c in a.clauses]
    assert ids == ["annex.art1", "annex.art2.1", "annex.art2.2"]


def test_a_russian_annex_preamble_opens_its_clauses_in_lower_case() -> None:
    # A_RES_75_257 B-2109408R.xml lines 234-256: "ссылаясь ...", "поскольку ...", then
    # "Статья 1": each preambular paragraph is a clause, as "Recalling", "Whereas" are
    bold = '<paragraph><content><p><span class="bold">{}</span></p></content></paragraph>'
    annexes = _annex(
        _p("\tссылаясь на Соглашение,")
        + _p("\tпоскольку стороны договариваются,")
        + _p("\tс учетом вышеуказанного стороны договорились о нижеследующем:")
        + bold.format("Статья 1")
        + _p("\tСудьи выбывают из состава палат.")
    )
    body = _p('<span class="italic">одобряет</span> добавление;', "1.")
    res, _ = _read(_xml("rus", _PP, body, annexes))
    ids = [c.id for a in res.annexes for c in a.clauses]
    assert ids == ["annex.PP1", "annex.PP2", "annex.PP3", "annex.art1"]


@pytest.mark.parametrize(
    "name",
    ["Spanish/A_RES_S-32_1-2107229S.xml", "Russian/75_57_R.xml", "Arabic/75_238_A.xml"],
)
def test_a_meeting_line_printed_only_in_the_body_is_the_meeting(name: str) -> None:
    """The UN's file prints the closing meeting line as the main body's last paragraph
    and not in its conclusions: it is the resolution's meeting, printed in the closing,
    never glued to the last paragraph nor warned about."""
    from lxml import etree

    from conftest import require_shared
    from resolution_cli.loader import load

    path = require_shared(75).parent / name
    root = etree.parse(str(path)).getroot()
    body = root.find(".//{*}mainBody")
    assert body is not None
    last = body.findall("{*}paragraph")[-1]
    printed = " ".join("".join(last.itertext()).split())
    assert root.find(".//{*}conclusions//{*}inline[@name='adoptionMeeting']") is None
    warnings: list[str] = []
    resolution = load(path, warn=warnings.append)
    assert resolution.meeting is not None and resolution.meeting.name == printed
    assert not [w for w in warnings if "after the last paragraph" in w]
    assert all(printed not in c.all_text() for c in resolution.clauses)


# ------------------------------------- preamble and main body as Chinese marks them

FIXTURES = ROOT / "tests" / "fixtures" / "akn"


def _fixture(name: str, warnings: list[str]) -> Resolution:
    from resolution_cli import load

    return load(FIXTURES / f"{name}.xml", warn=warnings.append)


def test_chinese_markup_of_the_preamble_and_the_main_body() -> None:
    """zh_markup.xml: the clause in bold ending in the full-width comma, alone in a main
    body between two preambles, is the third preambular clause; the preambular
    container printed "3." after paragraphs 1-2 is operative paragraph 3. Nothing is
    kept as headings, and no numbering restarts."""
    warnings: list[str] = []
    r = _fixture("zh_markup", warnings)
    assert [(c.id, c.lead) for c in r.preamble] == [
        ("PP1", "回顾"),
        ("PP2", "重申"),
        ("PP3", "又注意到"),
        ("PP4", "欢迎"),
    ]
    assert r.preamble[2].text == "又注意到秘书长关于此事项的报告，"
    assert [(c.id, c.num, c.lead) for c in r.operative] == [
        ("OP1", "1.", "表示注意到"),
        ("OP2", "2.", "请"),
        ("OP3", "3.", "鼓励"),
        ("OP4", "4.", "决定"),
    ]
    assert r.operative[2].text == "鼓励会员国继续开展合作；"
    assert r.operative[3].headings == ()
    assert len(warnings) == 1 and "paragraph 3 is marked as a preambular clause" in warnings[0]


def test_the_stray_clause_is_told_by_the_languages_own_lead_emphasis(tmp_path: Path) -> None:
    """several_pairs.xml (English) with its stray paragraph's lead in bold instead of
    italics: English leads are italic, so it is not a preambular clause there (it stays
    in the main body, where the file marks it, its words kept)."""
    source = (FIXTURES / "several_pairs.xml").read_text(encoding="utf-8")
    italic = '<span class="italic">Noting also</span>'
    assert source.count(italic) == 1
    path = tmp_path / "bold.xml"
    path.write_text(source.replace(italic, '<span class="bold">Noting also</span>'), "utf-8")
    from resolution_cli import load

    r = load(path, warn=lambda _: None)
    assert "Noting also" not in [c.lead for c in r.preamble]
    assert any(c.text.startswith("Noting also the report") for c in r.operative)


def test_the_preambles_last_clause_introducing_the_numbered_paragraphs() -> None:
    """zh_resolves.xml: "正式决定，对于2099年：" marked as the preamble's only container, a
    colon at its end and nothing of its own after it, introduces paragraphs 1 and 2: it
    is OP.u1, as the English version prints "Resolves that, for 2099:"."""
    warnings: list[str] = []
    r = _fixture("zh_resolves", warnings)
    assert r.preamble == ()
    assert [(c.id, c.num, c.lead) for c in r.operative] == [
        ("OP.u1", None, "正式决定"),
        ("OP1", "1.", ""),
        ("OP2", "2.", ""),
    ]
    assert r.operative[0].text == "正式决定，对于2099年："
    assert len(warnings) == 1 and "introduces the numbered paragraphs" in warnings[0]


def test_a_preambular_clause_ending_with_a_colon_and_its_own_list_stays() -> None:
    """preamble_block_list.xml: a preambular clause ending with a colon whose own
    sub-paragraphs (a blockList) follow it stays in the preamble: one clause per
    container of the XML, no OP.u1, no warning that it introduces anything."""
    from lxml import etree

    warnings: list[str] = []
    r = _fixture("preamble_block_list", warnings)
    tree = etree.parse(str(FIXTURES / "preamble_block_list.xml"))
    containers = tree.xpath("//*[local-name()='preamble']/*[local-name()='container']")
    assert [c.id for c in r.preamble] == [f"PP{n}" for n in range(1, len(containers) + 1)]
    colon = [c for c in r.preamble if c.text.endswith(":")]
    assert colon and all(c.subparagraphs for c in colon)
    assert "OP.u1" not in [c.id for c in r.operative]
    assert not [w for w in warnings if "introduces" in w]


def test_a_container_not_numbered_next_is_kept_as_headings(tmp_path: Path) -> None:
    """zh_markup.xml with the container printed "1." instead of "3." (not the number
    after paragraph 2): not an operative paragraph; kept, as printed, as a heading of
    paragraph 4, with a warning, and the numbering does not restart."""
    source = (FIXTURES / "zh_markup.xml").read_text(encoding="utf-8")
    three = '<p xml:space="preserve">3.\t<span class="bold">鼓励</span>'
    assert source.count(three) == 1
    path = tmp_path / "one.xml"
    path.write_text(source.replace(three, three.replace("3.", "1.")), encoding="utf-8")
    from resolution_cli import load

    warnings: list[str] = []
    r = load(path, warn=warnings.append)
    assert [c.id for c in r.preamble] == ["PP1", "PP2", "PP3", "PP4"]
    assert [c.id for c in r.operative] == ["OP1", "OP2", "OP4"]
    assert r.operative[2].headings == ("1. 鼓励会员国继续开展合作；",)
    assert [w for w in warnings if "kept as headings" in w]


def test_a_sub_section_heading_paragraph_inside_a_section_nests_too(tmp_path: Path) -> None:
    """zh_subsections.xml with sub-section A's wrapper removed ("A." a paragraph right
    in section 二): A and the subsection B after it are both in section II."""
    source = (FIXTURES / "zh_subsections.xml").read_text(encoding="utf-8")
    first = source.index("      <subsection>")
    unwrapped = source[:first] + source[first:].replace("      <subsection>\n", "", 1)
    unwrapped = unwrapped.replace("      </subsection>\n", "", 1)
    assert unwrapped.count("<subsection>") == 1
    path = tmp_path / "unwrapped.xml"
    path.write_text(unwrapped, encoding="utf-8")
    from resolution_cli import load

    r = load(path, warn=lambda _: None)
    assert [s.num for s in r.sections] == ["I", "II", "II.A", "II.B"]


def test_sub_sections_inside_a_section_opened_by_its_paragraph() -> None:
    """zh_subsections.xml: section 二 opened by a paragraph of its own element, its
    subsection elements A and B are II.A and II.B, as English numbers them."""
    warnings: list[str] = []
    r = _fixture("zh_subsections", warnings)
    assert [(s.num, s.heading) for s in r.sections] == [
        ("I", ("一", "适用于两职类工作人员的服务条件")),
        ("II", ("二", "专业及以上职类工作人员的服务条件")),
        ("II.A", ("基薪/底薪表",)),
        ("II.B", ("比值的演变",)),
    ]
    assert [c.id for c in r.clauses] == [
        "PP1",
        "OP1",
        "I.PP1",
        "I.OP1",
        "II.A.PP1",
        "II.A.OP1",
        "II.B.OP1",
        "II.B.OP2",
    ]
    assert warnings == []


def test_an_annex_printed_inside_the_main_body_is_read_as_the_annex(tmp_path: Path) -> None:
    """several_pairs.xml with "Annex" and a numbered paragraph after its last operative
    paragraph, inside the main body (as the UN's Arabic file of 75/326 prints its
    annexes): the annex is annex.1, the operative part keeps OP1-OP2, a warning says so."""
    source = (FIXTURES / "several_pairs.xml").read_text(encoding="utf-8")
    end = "    </mainBody>\n    <conclusions"
    assert source.count(end) == 1
    annex = (
        '      <paragraph eId="para_9" class="H1"><heading>Annex</heading></paragraph>\n'
        '      <paragraph eId="para_10" class="SingleTxt"><num>1.</num>'
        "<content><p>The meeting shall open on 1 June 2099.</p></content></paragraph>\n"
    )
    path = tmp_path / "annex_in_body.xml"
    path.write_text(source.replace(end, annex + end), encoding="utf-8")
    from resolution_cli import load

    warnings: list[str] = []
    r = load(path, warn=warnings.append)
    assert [c.id for c in r.operative] == ["OP1", "OP2"]
    assert [(a.label, [c.id for c in a.clauses]) for a in r.annexes] == [("Annex", ["annex.1"])]
    assert r.annexes[0].clauses[0].text == "The meeting shall open on 1 June 2099."
    assert [w for w in warnings if "annex label printed in the main body" in w] == [
        f"{path}: line {source[: source.index(end)].count(chr(10)) + 1}: an annex label "
        "printed in the main body: what follows is that annex"
    ]


def test_75_326_in_arabic_has_its_annexes() -> None:
    """The UN's Arabic file of 75/326 prints "المرفق الأول" and "المرفق الثاني" as headings
    of its main body: read as annexes I and II, numbered as the XML numbers them."""
    import re

    from lxml import etree

    from conftest import require_shared
    from resolution_cli import load

    path = require_shared(75).parent / "Arabic" / "75_326_A.xml"
    r = load(path, warn=lambda _: None)
    tree = etree.parse(str(path))
    ns = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
    body = tree.xpath("//a:mainBody", namespaces=ns)[-1]
    runs: list[int] = [0]
    for p in body.xpath("a:paragraph", namespaces=ns):
        heading = " ".join(p.xpath("a:heading/text()", namespaces=ns)).strip()
        if heading.startswith("المرفق"):
            runs.append(0)
        elif p.xpath("a:num", namespaces=ns) or re.match(
            r"\s*\d+\s*-", "".join(p.xpath("a:content//text()", namespaces=ns))
        ):  # "1 -" in num, or at the head of the text
            runs[-1] += 1
    assert [c.id for c in r.operative] == [f"OP{n}" for n in range(1, runs[0] + 1)]
    assert [(a.num, len(a.clauses)) for a in r.annexes] == [("I", runs[1]), ("II", runs[2])]


@pytest.mark.parametrize(
    ("last", "ids"),
    [
        ('<span class="bold">决定</span>继续审议此问题；', ["I.PP1", "I.OP1"]),
        ('<span class="bold">又回顾</span>其第98/256号决议，', ["I.PP1", "I.PP2"]),
    ],
)
def test_a_sections_last_cross_heading_ending_a_sentence_is_operative(
    tmp_path: Path, last: str, ids: list[str]
) -> None:
    """zh_subsections.xml with section I's paragraph replaced by a last preambular
    crossHeading (as the UN's Chinese 75/253 marks section XV's "决定 ..."): ending with
    the full-width semicolon, it is the section's operative paragraph; ending with the
    comma, a preambular clause still."""
    source = (FIXTURES / "zh_subsections.xml").read_text(encoding="utf-8")
    start = source.index('        <paragraph eId="para_6"')
    end = source.index("</paragraph>", start) + len("</paragraph>")
    cross = f'<crossHeading refersTo="#preamble" eId="preamble_6">{last}</crossHeading>'
    path = tmp_path / "cross.xml"
    path.write_text(source[:start] + cross + source[end:], encoding="utf-8")
    from resolution_cli import load

    warnings: list[str] = []
    r = load(path, warn=warnings.append)
    assert [c.id for c in r.sections[0].clauses] == ids
    said = [w for w in warnings if "marked as a preambular clause" in w]
    assert len(said) == (1 if ids[-1] == "I.OP1" else 0)
