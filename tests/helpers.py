"""Helpers for the CLI tests: run the command line in-process with a chosen terminal."""

from __future__ import annotations

from click.testing import CliRunner, Result

from resolution_cli.terminal import Terminal

PIPE = Terminal(is_tty=False)
TTY = Terminal(is_tty=True, width=100)


def run(*args: str, term: Terminal = PIPE, stdin: str | None = None) -> Result:
    """Invoke ``resolution ARGS`` as if stdout were ``term``."""
    # Through cli.run(), so that errors are mapped exactly as for a real process.
    return CliRunner().invoke(_Main(term), list(args), input=stdin)  # type: ignore[arg-type]


class _Main:
    """A callable click-like object that CliRunner can invoke: resolution_cli.cli.run."""

    def __init__(self, term: Terminal) -> None:
        self.term = term
        self.name = "resolution"

    def main(self, args: list[str], prog_name: str | None = None, **extra: object) -> None:
        from resolution_cli.cli import run as run_cli

        raise SystemExit(run_cli(args, self.term))


__all__ = ["PIPE", "TTY", "run"]
