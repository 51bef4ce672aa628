"""Build the man pages from the click commands: man/resolution.1, man/resolution-show.1, ...

    python scripts/man.py               # write man/ (not kept in git: made from the code)
    python scripts/man.py --out DIR     # write them in DIR, e.g. ~/.local/share/man/man1

One page per command, as git has (``man resolution-show``): its synopsis, its help,
its options, its examples (the README's, as ``--help`` shows them), the exit status.
No date is written, so that a page changes only when the commands do.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from resolution_cli import __version__  # noqa: E402
from resolution_cli.cli import cli, load  # noqa: E402
from resolution_cli.cli.examples import EXAMPLES  # noqa: E402

MAN = ROOT / "man"
EXIT_STATUS = (
    ("0", "found: the command printed what was asked"),
    ("1", "nothing matched"),
    ("2", "an error of usage or input (one line on stderr)"),
)


def escape(text: str) -> str:
    """Text as roff reads it: backslashes doubled, a leading dot or quote guarded."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return re.sub(r"(?m)^([.'])", r"\\&\1", text)


def paragraphs(text: str) -> str:
    """A help text's paragraphs; a ``\\b`` block kept line by line."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = block.splitlines()
        if lines and lines[0].strip() == "\b":
            out.append(".nf\n" + escape("\n".join(line.strip() for line in lines[1:])) + "\n.fi")
        else:
            out.append(escape(" ".join(line.strip() for line in lines)))
    return "\n.PP\n".join(out)


def page(path: list[str], command: click.Command, parent: click.Context | None) -> str:
    name = "-".join(["resolution", *path])
    ctx = click.Context(
        command,
        info_name=" ".join(["resolution", *path]),
        parent=parent,
        help_option_names=["-h", "--help"],
    )
    summary = command.get_short_help_str(limit=200)
    lines = [
        f'.TH "{name.upper()}" "1" "" "resolution {__version__}" "resolution manual"',
        ".SH NAME",
        f"{escape(name)} \\- {escape(summary)}",
        ".SH SYNOPSIS",
        ".B " + escape(" ".join(["resolution", *path])),
        escape(" ".join(command.collect_usage_pieces(ctx))),
        ".SH DESCRIPTION",
        paragraphs(command.help or summary),
    ]
    options = [p for p in command.get_params(ctx) if isinstance(p, click.Option)]
    if options:
        lines.append(".SH OPTIONS")
        for option in options:
            record = option.get_help_record(ctx)
            if record is None:
                continue
            lines += [".TP", f".B {escape(record[0])}", escape(record[1])]
    if isinstance(command, click.Group):
        lines.append(".SH COMMANDS")
        for sub_name, sub in command.commands.items():
            lines += [".TP", f".B {escape(sub_name)}", escape(sub.get_short_help_str(limit=200))]
    examples = EXAMPLES.get(" ".join(path))
    if examples:
        lines += [".SH EXAMPLES", ".nf", *(escape(example) for example in examples), ".fi"]
    lines.append(".SH EXIT STATUS")
    for status, meaning in EXIT_STATUS:
        lines += [".TP", f".B {status}", escape(meaning)]
    see = ["resolution(1)"] if path else []
    if isinstance(command, click.Group):
        see += [f"{'-'.join(['resolution', *path, sub])}(1)" for sub in command.commands]
    if see:
        lines += [".SH SEE ALSO", escape(", ".join(see))]
    return "\n".join(lines) + "\n"


def pages() -> dict[str, str]:
    """Each man page's file name -> its text."""
    made: dict[str, str] = {}

    def walk(path: list[str], command: click.Command, parent: click.Context | None) -> None:
        made["-".join(["resolution", *path]) + ".1"] = page(path, command, parent)
        if isinstance(command, click.Group):
            ctx = click.Context(
                command, info_name=path[-1] if path else "resolution", parent=parent
            )
            for name, sub in command.commands.items():
                walk([*path, name], sub, ctx)

    load()  # every command's module: the group is lazy
    walk([], cli, None)
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MAN, help="the folder to write (man/)")
    args = parser.parse_args()
    made = pages()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in made.items():
        (args.out / name).write_text(text, encoding="utf-8")
    print(f"wrote {len(made)} pages in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
