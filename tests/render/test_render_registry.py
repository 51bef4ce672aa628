"""The renderer registry: every (view type, format) pair renders, or gives the one error."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import run
from resolution_cli import views
from resolution_cli.render import (
    FORMATS,
    RENDERERS,
    VIEWS,
    UnsupportedView,
    draw,
    formats_for,
    get,
    lookup,
)
from resolution_cli.terminal import Terminal
from views_sample import BUNDLED, sample_views

TERM = Terminal(is_tty=True, width=100)
SAMPLES = sample_views()
PAIRS = [(view, fmt) for view in VIEWS for fmt in FORMATS]
SRC = Path(__file__).resolve().parents[2] / "src"


def test_views_are_every_view_type() -> None:
    """VIEWS names each class of the View union, and the samples cover them all."""
    assert set(VIEWS) == {cls.__name__ for cls in views.View.__args__}  # type: ignore[attr-defined]
    assert set(SAMPLES) == set(VIEWS)


def test_every_format_draws_every_view_it_names() -> None:
    """Each entry of the registry resolves to a callable (the module path is right)."""
    for fmt, table in RENDERERS.items():
        assert fmt in FORMATS
        for view in table:
            assert view in VIEWS
            assert callable(lookup(view, fmt))


def _message(view: str, fmt: str) -> str | None:
    """What drawing the sample ``view`` in ``fmt`` raises (None: it draws)."""
    try:
        draw(SAMPLES[view], fmt, io.StringIO(), TERM)
    except UnsupportedView as error:
        return str(error)
    return None


@pytest.mark.parametrize(("view", "fmt"), PAIRS)
def test_every_pair_renders_or_gives_the_one_error(view: str, fmt: str) -> None:
    message = _message(view, fmt)
    if view == "Clauses" and fmt == "akn":  # drawn, by a refusal that says why
        assert message is not None and "a selection of clauses" in message
    elif fmt in formats_for(view):
        assert message is None
    else:
        assert message is not None and message.startswith(f"--format {fmt} does not apply to ")


@pytest.mark.parametrize("view", [v for v in VIEWS if set(formats_for(v)) != set(FORMATS)])
def test_the_error_is_worded_the_same_in_every_format(view: str) -> None:
    refused = [fmt for fmt in FORMATS if fmt not in formats_for(view)]
    messages = {
        str(_message(view, fmt)).replace(f"--format {fmt} ", "--format F ") for fmt in refused
    }
    assert len(messages) == 1, messages
    (message,) = messages
    offered = formats_for(view)
    listed = ", ".join(offered[:-1]) + " or " + offered[-1]
    assert message.endswith(f"; use {listed}")


def test_the_error_names_the_command_and_the_formats_that_apply() -> None:
    assert _message("Verbs", "csv") == (
        "--format csv does not apply to 'verbs'; use plain, json, jsonl or rich"
    )
    assert _message("Count", "markdown") == (
        "--format markdown does not apply to 'grep --count'; use plain, json, jsonl or rich"
    )
    assert _message("Diff", "tsv") == (
        "--format tsv does not apply to 'diff'; use plain, json, jsonl, markdown or rich"
    )
    assert _message("HistoryView", "markdown") == (
        "--format markdown does not apply to 'history'; use plain, json, jsonl or rich"
    )


def test_lineage_and_history_are_drawn_through_the_registry() -> None:
    """The CLI's ctx.emit draws them as any view: plain by lookup, as diff's blocks."""
    out = io.StringIO()
    draw(SAMPLES["HistoryView"], "plain", out, TERM)
    assert out.getvalue().splitlines() == [
        "history A/RES/75/272 OP1",
        "first A/RES/74/1 OP1 (no earlier version in the index)",
        "    Decides to act;",
        "changed A/RES/74/1 OP1 -> A/RES/75/272 OP1",
        "    Decides to act{+ now+};",
        "latest A/RES/75/272 (in the latest version in the index)",
    ]
    out = io.StringIO()
    draw(SAMPLES["LineageView"], "jsonl", out, TERM)
    assert [line.split(",")[0] for line in out.getvalue().splitlines()] == [
        '{"symbol":"A/RES/74/1"',
        '{"symbol":"A/RES/75/272"',
    ]


def test_the_module_render_functions_go_through_the_registry() -> None:
    """``render.<format>.render`` draws what the registry names, and refuses the rest."""
    from resolution_cli.render import csv, plain

    out = io.StringIO()
    plain.render(SAMPLES["Count"], out, TERM)
    assert out.getvalue() == "3\n"
    with pytest.raises(UnsupportedView, match="'grep --ids-only'"):
        csv.render(SAMPLES["Ids"], io.StringIO(), TERM)
    out = io.StringIO()
    get("json")(SAMPLES["Count"], out, TERM)
    assert out.getvalue() == '{\n  "count": 3\n}\n'


@pytest.mark.parametrize("fmt", ["csv", "tsv", "markdown", "akn"])
def test_through_the_cli_the_error_is_one_line_and_exit_2(fmt: str) -> None:
    result = run("--file", str(BUNDLED), "grep", "-c", "Centre", "--format", fmt)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"resolution: error: --format {fmt} does not apply to 'grep --count'; "
        "use plain, json, jsonl or rich\n"
    )


@pytest.mark.parametrize("fmt", ["plain", "json", "jsonl"])
def test_the_lookup_is_light(fmt: str) -> None:
    """plain, json and jsonl never import rich; the registry itself imports nothing heavy."""
    code = (
        "import sys\n"
        "import resolution_cli.render as r\n"
        "assert 'rich' not in sys.modules and 'pydantic' not in sys.modules, 'registry'\n"
        f"r.lookup('Clauses', {fmt!r}); r.lookup('Diff', {fmt!r}); r.lookup('Rows', {fmt!r})\n"
        f"r.lookup('LineageView', {fmt!r}); r.lookup('HistoryView', {fmt!r})\n"
        "assert 'rich' not in sys.modules, 'rich'\n"
    )
    env = {"PYTHONPATH": str(SRC), "PATH": ""}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
