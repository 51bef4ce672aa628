"""The examples each command's ``--help`` ends with: command lines of the README.

Each one is a line of the README's examples or recipes, verbatim (a test checks it,
and the README's tests run them), so that help and README never drift apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import click

_S75 = "../shared/official/75session/English"

#: The command path (after ``resolution``) -> its examples, as in the README.
EXAMPLES: dict[str, tuple[str, ...]] = {
    "": (
        "resolution show OP2 --format plain",
        "resolution grep -l -w Asia",
        f"resolution --file {_S75}/75_283_E.xml show OP4",
    ),
    "show": (
        "resolution show OP2 --format plain",
        f"resolution --file {_S75}/75_253_E.xml show V.OP4 --format plain",
        f'resolution --file {_S75}/75_284_E.xml show "annex, para. 12" --format plain',
    ),
    "list": (
        "resolution list --part operative --format plain",
        f'resolution --file {_S75}/75_253_E.xml list "sect. V, paras. 4-5" --format plain '
        "| cut -f1,2",
    ),
    "grep": (
        "resolution grep -l -w Asia",
        "resolution grep -c COVID",
        "resolution grep --verb welcome -l",
    ),
    "verbs": (
        "resolution verbs --format plain",
        f"resolution --file {_S75}/75_284_E.xml verbs --part operative --format plain",
    ),
    "footnotes": (
        "resolution footnotes --format plain",
        f"resolution --file {_S75}/75_284_E.xml footnotes --format plain",
    ),
    "refs": (
        "resolution refs --format plain",
        f"resolution --file {_S75}/75_284_E.xml refs --format plain",
    ),
    "info": (
        "resolution info --format json | jq -r '.record, .adoption_type, .counts.operative'",
        f"resolution --file {_S75}/75_101A-B_E.xml --part-of B info",
    ),
    "votes": (
        f"resolution --file {_S75}/75_284_E.xml votes --vote no",
        f"resolution --file {_S75}/75_284_E.xml votes --state united --format jsonl",
    ),
    "export": (
        "resolution export --format csv -o resolution_75_272.csv",
        "resolution export -o resolution_75_272.md",
    ),
    "import": (
        "resolution import data/sources/A_RES_75_272.md -o data/resolution_75_272.json",
        f"resolution import {_S75}/75_283_E.xml -o resolution_75_283.json",
    ),
    "validate": (
        f"resolution validate {_S75}/75_284_E.xml",
        "resolution validate data/resolution_75_272.json",
    ),
    "languages": (
        "resolution languages ../shared/official/75session/English/A_RES_75_299_E.xml "
        "../shared/official/75session/French/A_RES_75_299_F.xml "
        "../shared/official/75session/Chinese/A_RES_75_299_C.xml",
        "resolution languages ../shared/official/75session/English/75_272_E.xml "
        "../shared/official/75session/Arabic/75_272_A.xml",
    ),
    "schema": ("resolution schema clause", "resolution schema info"),
    "diff": (
        f"resolution diff ../shared/official/74session/English/74_129.xml {_S75}/75_162_E.xml",
        f"resolution diff data/resolution_75_272.json {_S75}/75_272_E.xml",
    ),
    "lineage": ("resolution lineage 75/245", "resolution lineage 75/162 --format json"),
    "history": (
        "resolution history OP1 --res 75/162",
        "resolution --res 75/162 history PP2 --format plain",
    ),
    "corpus": (
        f"resolution corpus add {_S75}/75_28*_E.xml",
        "resolution corpus list --session 75 --limit 5",
        "resolution corpus info",
    ),
    "corpus add": (
        f"resolution corpus add {_S75}/75_28*_E.xml",
        "git clone --depth 1 https://github.com/UNxml/GAresolutions "
        "&& resolution corpus add GAresolutions",
    ),
    "corpus list": (
        "resolution corpus list --session 75 --limit 5",
        "resolution corpus list --adoption vote --session 75",
    ),
    "corpus info": ("resolution corpus info", "resolution corpus info --format json"),
    "corpus top-cited": (
        "resolution corpus top-cited --limit 5",
        "resolution corpus top-cited --session 75 --limit 3",
    ),
    "corpus votes": (
        'resolution corpus votes --state "United States" --limit 5',
        "resolution corpus votes --agree France Germany",
    ),
    "search": (
        'resolution search -c -F "Security Council"',
        "resolution search -l -w Assembly --session 75 --limit 5",
        'resolution search -F "Global Counter-Terrorism Strategy" --session 75',
    ),
    "cited-by": (
        "resolution cited-by A/RES/70/1 --count",
        "resolution cited-by A/RES/70/1 --session 75 --limit 5",
    ),
}


def epilog(examples: tuple[str, ...]) -> str:
    """The help's closing paragraph: the examples, one a line, never re-wrapped."""
    return "Examples:\n\n\b\n" + "\n".join(f"  {line}" for line in examples)


def attach(group: click.Group, path: str = "") -> None:
    """Give each command of ``group`` (and ``group`` itself) its examples."""
    examples = EXAMPLES.get(path)
    if examples:
        group.epilog = epilog(examples)
    for name, command in group.commands.items():
        attach_command(command, f"{path} {name}".strip())


def attach_command(command: click.Command, path: str) -> None:
    """Give ``command`` (``path``: its words after ``resolution``) its examples, and
    the commands of a group theirs."""
    import click

    if isinstance(command, click.Group):
        attach(command, path)
    elif path in EXAMPLES:
        command.epilog = epilog(EXAMPLES[path])
