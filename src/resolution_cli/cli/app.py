"""The command line's frame: the group, its global options, the shared options and the run.

It parses options, loads the resolution (``loader``), selects (``query``), and
hands a view to the renderer of the chosen format (``render``). It maps every
error to one line on stderr and an exit status (:class:`ExitStatus`). Heavy
modules (pydantic, rich, regex, lxml) are imported only by the commands that
need them, so ``--help`` stays fast.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar, cast

import click

from resolution_cli import __version__
from resolution_cli.cli import completion
from resolution_cli.errors import ExitStatus, ResolutionError
from resolution_cli.terminal import Terminal

if TYPE_CHECKING:
    from resolution_cli.loader import Format
    from resolution_cli.model import Resolution
    from resolution_cli.views import View

F = TypeVar("F", bound=Callable[..., Any])

PARTS = ("preambular", "operative", "annex")
VIEW_FORMATS = ("auto", "rich", "plain", "json", "jsonl")
CLAUSE_FORMATS = (*VIEW_FORMATS, "csv", "tsv", "markdown", "akn")
EXPORT_FORMATS = ("json", "csv", "tsv", "markdown", "akn", "tmx")
SOURCE_FORMATS = ("json", "akn", "text")


class Failure(click.ClickException):
    """An error of usage or input: one line on stderr, exit status 2 (not click's 1)."""

    exit_code = ExitStatus.ERROR


class ExitSignal(Exception):
    """Not an error: the command ran, what it wrote stands, and the process exits with
    :attr:`status` (a command raises a subclass that says why)."""

    status: ExitStatus = ExitStatus.OK


class NothingMatched(ExitSignal):
    """The command ran and found nothing: exit status 1, nothing printed."""

    status = ExitStatus.NO_MATCH


def format_option(choices: Sequence[str] = VIEW_FORMATS, default: str = "auto") -> Callable[[F], F]:
    """The one output option every command shares (``--format``)."""
    helps = {
        "auto": "rich on a terminal, plain when piped (default)",
        "rich": "terminal layout",
        "plain": "tab-separated rows / text as printed, unwrapped",
        "json": "one JSON document",
        "jsonl": "one JSON object per line",
    }
    listed = ", ".join(f"{c}: {helps[c]}" if c in helps else c for c in choices)
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices, case_sensitive=False),
        default=default,
        show_default=default != "auto",
        help=f"Output format. {listed}.",
    )


def _verb_given(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not value.strip():
        raise Failure("--verb needs a lead phrase or its verb, e.g. --verb welcome")
    return value


def verb_option(func: F) -> F:
    """``--verb PHRASE``, shared by list and grep."""
    return click.option(
        "--verb",
        metavar="PHRASE",
        callback=_verb_given,
        help=(
            "Only clauses whose lead phrase is of this verb's family (English: its "
            "stem; other languages: the start of a word; Chinese: a part; any case)."
        ),
    )(func)


def part_option(func: F) -> F:
    return click.option(
        "--part",
        type=click.Choice(PARTS, case_sensitive=False),
        help="Only the preambular clauses or only the operative paragraphs of the resolution "
        "itself (its sections included), or only its annexes' paragraphs.",
    )(func)


class Invocation:
    """One run of the command line: its terminal, and the output the command made.

    Commands never write to stdout themselves: :func:`run` writes the output in
    one piece once the command has succeeded, so an error leaves stdout empty.
    """

    def __init__(self, term: Terminal) -> None:
        self.term = term
        self.output: list[str] = []
        #: "auto": page if the output is taller than the terminal; "always": page;
        #: None: never. Paging happens only when stdout is a terminal (never piped).
        self.pager: str | None = None


class Context:
    """What the group's options give the commands: the resolution and the terminal."""

    def __init__(
        self,
        files: tuple[str, ...],
        source_format: str | None,
        part_of: str | None,
        invocation: Invocation,
        res: str | None = None,
        db: str | None = None,
        lang: str | None = None,
    ) -> None:
        if res is not None and files:
            raise Failure("--res and --file both name a resolution; give one of them")
        #: Every --file given: several only for the language versions of one resolution
        #: (show --lang, export --format tmx, languages); see :meth:`resolution`.
        self.files = files
        self.file = files[0] if files else None
        self.res = res
        self.db = db
        self.lang = lang
        self.source_format = cast("Format | None", source_format)
        self.part_of = part_of
        self.invocation = invocation
        self.term = invocation.term
        self._resolution: Resolution | None = None

    def resolution(self) -> Resolution:
        """The resolution to inspect (loaded once)."""
        if len(self.files) > 1:
            raise Failure(
                f"--file given {len(self.files)} times; give one resolution file "
                "(several language versions of one resolution: show --lang, "
                "export --format tmx --lang, languages)"
            )
        if self._resolution is None and self.res is not None:
            from resolution_cli.corpus import load_resolution

            self._resolution = load_resolution(self.res, self.db, self.lang or "en")
        if self._resolution is None:
            from resolution_cli.loader import load

            self._resolution = load(
                self.file,
                fmt=self.source_format,
                part_of=self.part_of,
                warn=load_warning,
            )
            self._check_lang(self._resolution)
        return self._resolution

    def _check_lang(self, resolution: Resolution) -> None:
        """``--lang`` with ``--file`` (or the bundled resolution): the file must be in
        that language; it never silently reads another."""
        if self.lang is None:
            return
        from resolution_cli.corpus.filters import languages
        from resolution_cli.errors import ResolutionError
        from resolution_cli.versions import LANGUAGES, BadLanguages

        try:
            wanted = languages(self.lang)
        except ResolutionError as exc:
            raise Failure(str(exc)) from None
        if not set(wanted) <= set(LANGUAGES):
            raise Failure(BadLanguages(self.lang).worded("--lang"))
        have = resolution.lang or "en"  # the bundled JSON is the English version
        if wanted and have not in wanted:  # () is "all"
            where = self.file or "the bundled resolution"
            raise Failure(
                f"--lang {self.lang}: {where} is the {have} version of {resolution.symbol}; "
                "give the file of that language, or --res SYMBOL --lang CODE with an index"
            )

    def render(self, view: View, fmt: str) -> str:
        """``view`` drawn in ``fmt`` ("auto": rich on a terminal, plain elsewhere)."""
        from resolution_cli.render import get

        if fmt == "auto":
            fmt = "rich" if self.term.wants_rich else "plain"
        buffer = io.StringIO()
        get(fmt)(view, buffer, self.term)
        return buffer.getvalue()

    def emit(self, view: View, fmt: str) -> None:
        """Render ``view`` in ``fmt`` as the command's output."""
        self.write(self.render(view, fmt))

    def write(self, text: str) -> None:
        """Add ``text`` to the command's output."""
        self.invocation.output.append(text)


def pager_option(func: F) -> F:
    """``--pager/--no-pager``: a long output on a terminal goes through $PAGER, as git does."""
    return click.option(
        "--pager/--no-pager",
        "pager",
        default=None,
        help="Page the output through $PAGER (less) on a terminal. Default: only when it is "
        "taller than the terminal. Never when stdout is a pipe or a file.",
    )(func)


def warn(message: str) -> None:
    """A warning: one line on stderr."""
    click.echo(f"resolution: warning: {message}", err=True)


def load_warning(message: str) -> None:
    """A reader's warning, with this command line's option where it says how to choose
    (the library names none: ``--part-of`` is the command line's)."""
    from resolution_cli.loader import CHOSEN_BY_LETTER

    if message.endswith(CHOSEN_BY_LETTER):
        message = message[: -len(CHOSEN_BY_LETTER)] + "(another with --part-of LETTER)"
    warn(message)


pass_context = click.make_pass_decorator(Context)


#: Each command: the module under ``cli`` that defines it, and the text ``--help``
#: lists for it (its ``short_help``, or with ``help=True`` the first paragraph of its
#: help, which click shortens to fit). A command's module is imported only when that
#: command runs, so ``--help`` and every command load only what they need; a test
#: checks this table against the commands themselves.
COMMANDS: dict[str, tuple[str, str, bool]] = {
    "cited-by": ("corpus", "Every indexed clause that cites a document.", False),
    "corpus": ("corpus", "Index resolutions, and list, count and query the index.", False),
    "diff": ("diff", "What changed between two versions: clauses paired, words marked.", False),
    "export": ("files", "The whole resolution in another format.", True),
    "footnotes": ("inspection", "Each footnote with the ids of the clauses that cite it.", True),
    "grep": (
        "inspection",
        "The clauses whose text matches PATTERN (a regular expression).",
        True,
    ),
    "history": ("lineage", "One paragraph through the versions of its resolution.", False),
    "import": ("files", "Write the schema's JSON for a resolution in any format.", False),
    "info": ("inspection", "The header: symbol, title, dates, meeting, drafts, counts.", False),
    "languages": ("languages", "Where the language versions of a resolution disagree.", False),
    "lineage": ("lineage", "The earlier and later versions of a resolution in the index.", False),
    "list": ("inspection", "One row per clause: id, lead phrase, the start of its text.", True),
    "refs": ("inspection", "Every UN document the resolution cites, with its link.", False),
    "schema": ("files", "The JSON Schema of the model or of a machine record.", False),
    "search": ("corpus", "grep across the corpus: every resolution at once.", False),
    "show": ("inspection", "The resolution as printed, or only the clauses REF names.", True),
    "validate": ("files", "Check a resolution file and report every problem.", False),
    "verbs": ("inspection", "Each lead phrase with its count and the ids that use it.", True),
    "votes": (
        "inspection",
        "How each State voted, when the resolution was adopted by a vote.",
        False,
    ),
}


class LazyGroup(click.Group):
    """The top group: a command's module is imported when the command is wanted
    (click's documented lazy-loading pattern); ``--help`` lists them from
    :data:`COMMANDS` without importing any."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            load(cmd_name)
        return super().get_command(ctx, cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        light = {name: self.commands.get(name) or _stub(name) for name in self.list_commands(ctx)}
        shown = [(name, command) for name, command in light.items() if not command.hidden]
        if shown:
            limit = formatter.width - 6 - max(len(name) for name, _ in shown)
            rows = [(name, command.get_short_help_str(limit)) for name, command in shown]
            with formatter.section("Commands"):
                formatter.write_dl(rows)


def _stub(name: str) -> click.Command:
    """A command that only says what ``--help`` lists for ``name``."""
    _, text, from_help = COMMANDS[name]
    if from_help:
        return click.Command(name, help=text)
    return click.Command(name, short_help=text)


def load(name: str | None = None) -> None:
    """Import the module of command ``name`` (of every command when None) and give
    its commands their examples."""
    import importlib

    from resolution_cli.cli.examples import attach_command

    modules = {module for module, _, _ in COMMANDS.values()}
    for module in sorted(modules) if name is None else [COMMANDS[name][0]]:
        importlib.import_module(f"resolution_cli.cli.{module}")  # its commands join cli
        for command, (home, _, _) in COMMANDS.items():
            if home == module and command in cli.commands:
                attach_command(cli.commands[command], command)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="resolution")
@click.option(
    "--file",
    "files",
    multiple=True,
    metavar="PATH",
    shell_complete=completion.paths,
    help="Inspect this resolution (JSON, AKN4UN XML or text; '-' reads stdin) "
    "instead of the bundled A/RES/75/272. Repeat it for the language versions of one "
    "resolution (show --lang, export --format tmx --lang, languages).",
)
@click.option(
    "--from",
    "source_format",
    type=click.Choice(SOURCE_FORMATS, case_sensitive=False),
    help="The format of --file, when detection from its content is not wanted.",
)
@click.option(
    "--part-of",
    metavar="LABEL",
    help="In an AKN document collection holding several resolutions (A, B, ...), read this one.",
)
@click.option(
    "--res",
    metavar="SYMBOL",
    shell_complete=completion.symbols,
    help="Inspect this resolution of the corpus index (A/RES/77/118, 77/118, '75/253 B').",
)
@click.option(
    "--lang",
    "res_lang",
    default=None,
    metavar="CODE",
    help=(
        "With --res: the language version to read (ar, en, es, fr, ru, zh; default en); "
        "with --file, the language the file must be in."
    ),
)
@click.option(
    "--db",
    metavar="PATH",
    envvar="RESOLUTION_DB",
    shell_complete=completion.paths,
    help="The corpus index file (default: $RESOLUTION_DB, else index.sqlite in the "
    "user's data directory).",
)
@click.pass_context
def cli(
    ctx: click.Context,
    files: tuple[str, ...],
    source_format: str | None,
    part_of: str | None,
    res: str | None,
    res_lang: str | None,
    db: str | None,
) -> None:
    """Inspect a United Nations General Assembly resolution: cite, grep and script it.

    Paragraphs are cited as diplomats cite them: PP3 is the third preambular
    paragraph, OP2 (or just 2) the second operative paragraph.

    Exit status: 0 found, 1 nothing matched, 2 error.
    """
    invocation = (
        ctx.obj if isinstance(ctx.obj, Invocation) else Invocation(Terminal.from_environment())
    )
    ctx.obj = Context(files, source_format, part_of, invocation, res, db, res_lang)


def main(argv: Sequence[str] | None = None, term: Terminal | None = None) -> NoReturn:
    """The console entry point: run, then exit with the status the outcome calls for."""
    status = run(argv, term)
    sys.exit(status)


class OutputClosed(Exception):
    """A command that streams its output found the reader gone (``| head -1``); click
    would make a broken pipe exit 1, :func:`run` stops quietly as for any other."""


class Interrupted(BaseException):
    """Ctrl-C, raised by our own SIGINT handler (click would echo a blank line for its own)."""


def _on_sigint(signum: int, frame: object) -> None:
    raise Interrupted


def run(argv: Sequence[str] | None = None, term: Terminal | None = None) -> int:
    """Run the command line and return its exit status; never raises."""
    import signal

    previous = None
    with contextlib.suppress(ValueError):  # only the main thread may set a handler
        previous = signal.signal(signal.SIGINT, _on_sigint)
    try:
        return _run(argv, term)
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def _global_first(exc: click.ClickException, argv: Sequence[str]) -> list[str] | None:
    """``argv`` with the global option a command refused (``lineage 75/162 --db X``,
    ``--file A show OP2 --file B``) moved before the command, each time it is given
    there, in order, as if typed there; None when that is not the error."""
    name = exc.option_name if isinstance(exc, click.NoSuchOption) else None
    if name not in GLOBAL_OPTIONS:
        return None
    args = list(argv)
    lead = 0  # the global options typed before the command, and their values
    while lead < len(args) and args[lead].split("=", 1)[0] in GLOBAL_OPTIONS:
        lead += 1 if "=" in args[lead] else 2
    moved: list[str] = []
    rest: list[str] = []
    at = lead
    while at < len(args):
        token = args[at]
        if token == "--":
            rest += args[at:]
            break
        if token == name and at + 1 < len(args):
            moved += args[at : at + 2]
            at += 2
            continue
        if token.startswith(f"{name}="):
            moved.append(token)
        else:
            rest.append(token)
        at += 1
    if not moved:
        return None
    return [*args[:lead], *moved, *rest]


def _run(argv: Sequence[str] | None, term: Terminal | None, *, tries: int = 0) -> int:
    _tolerant_stdout()
    if completion.wanted():
        completion.install()
    invocation = Invocation(term or Terminal.from_environment())
    try:
        try:
            cli.main(
                args=argv,
                prog_name="resolution",
                standalone_mode=False,
                obj=invocation,
                terminal_width=_help_width(),
            )
        except ExitSignal as signalled:
            status = signalled.status
        except Invalid as exc:
            write_stdout("".join(invocation.output))
            return _error(str(exc))
        else:
            status = ExitStatus.OK
        _write_or_page(invocation, "".join(invocation.output))
        return status
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.exceptions.NoArgsIsHelpError as exc:  # a bare group: its help, as git does
        write_stdout(exc.format_message() + "\n")
        return ExitStatus.OK
    except (Interrupted, KeyboardInterrupt, click.exceptions.Abort):
        return _interrupted()
    except click.ClickException as exc:
        given = sys.argv[1:] if argv is None else list(argv)
        # a global option after the command: read as if it came first (parsing failed
        # before any command ran, so running again repeats nothing)
        moved = _global_first(exc, given) if tries < len(GLOBAL_OPTIONS) else None
        if moved is not None:
            return _run(moved, term, tries=tries + 1)
        return _error(_one_line(exc, given))
    except ResolutionError as exc:
        return _error(str(exc))
    except (BrokenPipeError, OutputClosed):
        return _broken_pipe()
    except OSError as exc:
        if exc.errno == errno.EPIPE:
            return _broken_pipe()
        return _error(f"cannot write the output: {exc.strerror or exc}")
    except Exception as exc:  # a bug: one line, unless RESOLUTION_DEBUG asks for the traceback
        if os.environ.get("RESOLUTION_DEBUG"):
            raise
        return _error(
            f"internal error: {type(exc).__name__}: {exc} "
            "(please report it; RESOLUTION_DEBUG=1 shows the traceback)"
        )


def _help_width() -> int | None:
    """The width click's help formatter would take, found without importing shutil
    (3 ms of a 40 ms ``--help``): ``$COLUMNS``, else the terminal's width, else 80,
    at most 80, less 2, at least 50. None leaves it to click (its test runner forces
    a width)."""
    from click import formatting

    if formatting.FORCED_WIDTH is not None:
        return None
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            stdout = sys.__stdout__
            columns = os.get_terminal_size(stdout.fileno()).columns if stdout else 0
        except (AttributeError, ValueError, OSError):
            columns = 0
        columns = columns or 80
    return max(min(columns, 80) - 2, 50)


def _write_or_page(invocation: Invocation, text: str) -> None:
    """Write ``text`` to stdout, or through the pager when the command asked for it and
    stdin and stdout are terminals ("auto": only when the text is taller than the
    terminal). A pager needs the keyboard: with stdin redirected, it is never used."""
    if invocation.pager is not None and invocation.term.is_tty and text and _interactive():
        import shutil

        height = shutil.get_terminal_size().lines
        command = pager_command(os.environ)
        if command is not None and (invocation.pager == "always" or text.count("\n") > height - 1):
            _page(command, text)
            return
    write_stdout(text)


def pager_command(environ: Mapping[str, str]) -> str | None:
    """The pager to run, as git picks it: $RESOLUTION_PAGER, else $PAGER, else less;
    None when it is empty or ``cat`` (no paging)."""
    for name in ("RESOLUTION_PAGER", "PAGER"):
        if name in environ:
            command = environ[name].strip()
            break
    else:
        command = "less"
    return None if command in ("", "cat") else command


def pager_environment(environ: Mapping[str, str]) -> dict[str, str]:
    """What git gives its pager: ``LESS=FRX`` (quit if one screen, colours, no screen
    clearing) and ``LV=-c`` (colours for lv), each only when the user has not set it."""
    env = dict(environ)
    env.setdefault("LESS", "FRX")
    env.setdefault("LV", "-c")
    return env


def _page(command: str, text: str) -> None:
    """Run ``command`` through the shell (as git does), ``text`` on its stdin, and wait.

    Ctrl-C belongs to the pager while it runs (less uses it); quitting before the end
    (a broken pipe) is normal. A pager that cannot be run (status 127): print the text.
    """
    import signal
    import subprocess

    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    data = text.encode(encoding, "resolution-uescape")
    previous = None
    with contextlib.suppress(ValueError):
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        sys.stdout.flush()
        # $PAGER is a shell command, as for git
        process = subprocess.Popen(
            command, shell=True, stdin=subprocess.PIPE, env=pager_environment(os.environ)
        )
        assert process.stdin is not None
        with contextlib.suppress(BrokenPipeError, OSError):
            process.stdin.write(data)
        with contextlib.suppress(BrokenPipeError, OSError):
            process.stdin.close()
        status = process.wait()
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
    if status == 127:
        write_stdout(text)


def _interactive() -> bool:
    try:
        return sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def write_stdout(text: str) -> None:
    """Write ``text`` to stdout whole, or raise (BrokenPipeError, OSError).

    Written through the binary layer in a loop: with PYTHONUNBUFFERED a text
    stream makes one write(2) call and silently drops what a pipe did not take.
    """
    stream = sys.stdout
    binary = getattr(stream, "buffer", None)
    if binary is None:
        stream.write(text)
        stream.flush()
        return
    stream.flush()
    data = memoryview(text.encode(stream.encoding or "utf-8", stream.errors or "strict"))
    while data:
        written = binary.write(data)
        data = data[len(data) if written is None else written :]
    binary.flush()


GLOBAL_OPTIONS = ("--file", "--from", "--part-of", "--res", "--lang", "--db")
#: The commands' own options, which a user may put before the command by mistake.
COMMAND_OPTIONS = ("--format", "--pager", "--no-pager")


def _one_line(exc: click.ClickException, argv: Sequence[str] = ()) -> str:
    message = exc.format_message()
    name = exc.option_name if isinstance(exc, click.NoSuchOption) else None
    ctx = exc.ctx if isinstance(exc, click.UsageError) else None
    if name in GLOBAL_OPTIONS and ctx is not None:
        # The full command path after the program name: "corpus add", not "add".
        command = ctx.command_path.split(" ", 1)[-1] if ctx.parent else "COMMAND"
        message = f"{name} goes before the command: resolution {name} ... {command} ..."
    elif name in COMMAND_OPTIONS and ctx is not None and ctx.parent is None:
        given = name
        if name == "--format":
            value = _value_after(argv, name)
            given = f"{name} {value}" if value else f"{name} FORMAT"
        command = _command_in(ctx, argv)
        message = f"{name} goes after the command: resolution {command} ... {given}"
    elif isinstance(exc, click.UsageError) and exc.ctx is not None:
        message += f" (see '{exc.ctx.command_path} --help')"
    return message


def _value_after(argv: Sequence[str], option: str) -> str | None:
    """The value given to ``option`` in ``argv`` (``--format plain``, ``--format=plain``)."""
    for i, arg in enumerate(argv):
        if arg.startswith(option + "="):
            return arg.split("=", 1)[1]
        if arg == option and i + 1 < len(argv) and not argv[i + 1].startswith("-"):
            return argv[i + 1]
    return None


def _command_in(ctx: click.Context, argv: Sequence[str]) -> str:
    """The command path ``argv`` names (``show``, ``corpus list``), else ``COMMAND``."""
    path: list[str] = []
    group: click.Command = ctx.command
    for arg in argv:
        if not isinstance(group, click.Group):
            break
        found = group.get_command(ctx, arg)
        if found is not None:
            path.append(arg)
            group = found
    return " ".join(path) or "COMMAND"


def _error(message: str) -> int:
    _discard_stdout()
    sys.stderr.write(f"resolution: error: {message}\n")
    return ExitStatus.ERROR


def _interrupted() -> int:
    _discard_stdout()
    sys.stderr.write("resolution: interrupted\n")
    return ExitStatus.INTERRUPTED


def _broken_pipe() -> int:
    """The reader went away (``| head -1``): stop quietly, as grep does."""
    _discard_stdout()
    return ExitStatus.BROKEN_PIPE


def _discard_stdout() -> None:
    """Point stdout at /dev/null so that nothing buffered is written at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


def _u_escape(exc: UnicodeError) -> tuple[str, int]:
    """An encoding error handler: each character the encoding lacks becomes ``\\uXXXX``.

    Unlike ``backslashreplace`` (``\\xf4``), this keeps JSON output valid JSON; a
    character beyond U+FFFF becomes a surrogate pair, as JSON writes it.
    """
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    escaped = []
    for char in exc.object[exc.start : exc.end]:
        code = ord(char)
        if code > 0xFFFF:
            code -= 0x10000
            escaped.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
        else:
            escaped.append(f"\\u{code:04x}")
    return "".join(escaped), exc.end


def _tolerant_stdout() -> None:
    """Characters the output encoding cannot write become \\uXXXX escapes, not a crash."""
    import codecs

    codecs.register_error("resolution-uescape", _u_escape)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
        if reconfigure is not None and encoding not in ("utf8", "utf8sig"):
            with contextlib.suppress(ValueError, io.UnsupportedOperation):
                reconfigure(errors="resolution-uescape")


def write_output(ctx: Context, text: str, output: str | None) -> None:
    """``text`` as the command's output, or whole to the file ``output`` (replaced atomically)."""
    if output is None or output == "-":
        ctx.write(text)
        return
    target = os.path.realpath(output)  # through a symbolic link, to the file it names
    temporary = f"{target}.tmp{os.getpid()}"
    try:
        with open(temporary, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        with contextlib.suppress(FileNotFoundError):
            os.chmod(temporary, os.stat(target).st_mode & 0o7777)  # keep the file's mode
        os.replace(temporary, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise Failure(f"cannot write {output}: {exc.strerror or exc}") from None


class Invalid(Exception):
    """``validate`` found problems: its report is printed, then one line, exit status 2."""
