"""Resolution and decision numbers in the running text of the other official languages
(:func:`resolution_cli.symbols.find_symbols`): the phrases as the UN's session-75 files
print them (75/272 and its neighbours), each with the symbols a reader would cite."""

from __future__ import annotations

import pytest

from resolution_cli.symbols import find_symbols

CASES = [
    # Spanish
    ("Recordando su resolución 72/7, de 17 de noviembre de 2017,", ["A/RES/72/7"]),
    ("Recordando sus resoluciones 65/188 y 72/179,", ["A/RES/65/188", "A/RES/72/179"]),
    ("su decisión 74/544,", ["A/DEC/74/544"]),
    # Russian
    ("ссылаясь на свою резолюцию 72/7 от 17 ноября 2017 года,", ["A/RES/72/7"]),
    ("Резолюция\xa060/288.", ["A/RES/60/288"]),
    ("свои резолюции 65/188 и 72/179,", ["A/RES/65/188", "A/RES/72/179"]),
    ("своим решением 74/544,", ["A/DEC/74/544"]),
    # Arabic: clitics and endings of قرار, and مقرر (decision)
    ("وإذ تشير إلى قرارها 72/7 المؤرخ 17 تشرين الثاني/نوفمبر 2017،", ["A/RES/72/7"]),
    ("() القرار 60/288.", ["A/RES/60/288"]),
    ("إلى قراريها 65/188 و 72/179،", ["A/RES/65/188", "A/RES/72/179"]),
    ("بمقررها 74/544،", ["A/DEC/74/544"]),
    # the Security Council named between the keyword and the numbers (75/2xx files)
    ("وقرار مجلس الأمن 2282 (2016)", ["S/RES/2282 (2016)"]),
    ("وقراري مجلس الأمن 2242 (2015) و 2272 (2016)", ["S/RES/2242 (2015)", "S/RES/2272 (2016)"]),
    ("هما القراران 70/262 و 2282 (2016)", ["A/RES/70/262", "S/RES/2282 (2016)"]),
    # Chinese: 第 … 号决议 / 号决定 around the numbers, lists joined by 、 和
    ("回顾其2017年11月17日第72/7号决议，", ["A/RES/72/7"]),  # noqa: RUF001
    ("第65/188号、第72/179号和第74/5号决议", ["A/RES/65/188", "A/RES/72/179", "A/RES/74/5"]),
    ("又回顾大会第74/544号决定", ["A/DEC/74/544"]),
    ("安全理事会第2254(2015)号决议", ["S/RES/2254 (2015)"]),
]

NONE = [
    "第3段",  # paragraph 3
    "第七十五届会议",  # the seventy-fifth session
    "2021年4月16日第75/272号",  # no 决议 / 决定 after it
    "решение проблемы 2/3",  # a solution, no number of a decision
]


@pytest.mark.parametrize(("text", "symbols"), CASES)
def test_found(text: str, symbols: list[str]) -> None:
    found = [s.normalized for m in find_symbols(text) for s in m.symbols]
    assert found == symbols


@pytest.mark.parametrize("text", NONE)
def test_not_a_reference(text: str) -> None:
    assert find_symbols(text) == []
