"""The tool's own errors and exit statuses.

Every error the tool reports derives from :class:`ResolutionError`; its message
is one line. The errors that a caller may want to act on carry their facts as
fields (:class:`UnknownState` has ``name`` and ``candidates``, ...), and their
message names no command-line flag: the command line words them with its own
flags (``--state``, ``--lang``, ``--session``), the Python API leaves them as
they are. ``cli/`` turns any of them into one line on stderr and
:attr:`ExitStatus.ERROR`.
"""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """Exit statuses, as grep uses them."""

    OK = 0  #: something was found / printed
    NO_MATCH = 1  #: the command ran, but nothing matched
    DIFFERENT = 1  #: ``diff``: the versions differ, as diff(1) (the same number as NO_MATCH)
    ERROR = 2  #: bad input, bad usage or an I/O error
    INTERRUPTED = 130  #: stopped by SIGINT (Ctrl-C)
    BROKEN_PIPE = 141  #: the reader of stdout went away (128 + SIGPIPE), as grep


class ResolutionError(Exception):
    """An error the user can act on; its message is one line."""


class LoadError(ResolutionError):
    """A resolution file could not be read or is not a valid resolution.

    ``source`` names the file; ``where`` the line, element or field, if known.
    """

    def __init__(self, source: str, problem: str, where: str | None = None) -> None:
        self.source = source
        self.problem = problem
        self.where = where
        location = f"{source}: {where}" if where else source
        super().__init__(f"{location}: {problem}")


class UnknownPart(LoadError):
    """An AKN document collection holds no resolution labelled ``part``.

    ``labels`` are the labels it holds (``("A", "B")``).
    """

    def __init__(self, source: str, part: str, labels: tuple[str, ...]) -> None:
        self.part = part
        self.labels = labels
        super().__init__(source, f"no part {part!r}: this collection holds {', '.join(labels)}")


class RefError(ResolutionError):
    """A paragraph reference (PP3, OP2, 1-3, ...) is malformed or does not exist."""


class PatternError(ResolutionError):
    """A search pattern is invalid or took too long."""


class InvalidPattern(PatternError):
    """``pattern`` is not a valid regular expression; ``reason`` says why."""

    def __init__(self, pattern: str, reason: str) -> None:
        self.pattern = pattern
        self.reason = reason
        super().__init__(self.worded())

    def worded(self, fixed_option: str | None = None) -> str:
        """The message, naming the option that searches for a fixed string (``-F``), if any."""
        how = f"use {fixed_option} to search for it" if fixed_option else "search for it as a"
        fixed = " literally" if fixed_option else " fixed string"
        return f"invalid regular expression {self.pattern!r}: {self.reason}; {how}{fixed}"


class PatternTimeout(PatternError):
    """The pattern ran longer than ``seconds`` on one clause (catastrophic backtracking);
    ``where`` names that clause ("A/RES/75/284 annex.5", "OP2"), when known."""

    def __init__(self, seconds: float, where: str | None = None) -> None:
        self.seconds = seconds
        self.where = where
        super().__init__(self.worded())

    def worded(self, fixed_option: str | None = None) -> str:
        """The message, naming the option that searches for a fixed string (``-F``), if any."""
        how = f"use {fixed_option}" if fixed_option else "search for a fixed string"
        on = f" on {self.where}" if self.where else ""
        return (
            f"the pattern took longer than {self.seconds:g} s{on} (catastrophic backtracking?); "
            f"simplify it or {how}"
        )


class EmptyPattern(PatternError):
    """The pattern is the empty string (it would match every clause, saying nothing)."""

    def __init__(self) -> None:
        super().__init__(
            "the pattern is empty; give a word or a regular expression to search for "
            "(every clause: '.'; by lead phrase: --verb PHRASE)"
        )


class SearchTimeout(PatternError):
    """A corpus search ran past its time limit (``seconds``)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(
            f"the search took longer than {seconds:g} s; narrow it "
            "(fewer sessions, a longer pattern) or search for a fixed string"
        )


# --------------------------------------------------------------------------- corpus


class CorpusError(ResolutionError):
    """A problem with the corpus index or a question put to it; its message is one line."""


class NoIndex(CorpusError):
    """There is no index at the path: the message says how to build one."""


class UnknownSymbol(CorpusError):
    """No indexed resolution has that symbol: the message names the nearest ones."""


class UnknownState(CorpusError):
    """No State of the index's recorded votes is ``name``.

    ``candidates`` are the nearest names (possibly none).
    """

    def __init__(self, name: str, candidates: tuple[str, ...] = ()) -> None:
        self.name = name
        self.candidates = candidates
        hint = f"; did you mean {', '.join(candidates)}?" if candidates else ""
        super().__init__(f"no State {name!r} in the recorded votes of the index{hint}")


class AmbiguousState(UnknownState):
    """``name`` is part of the names of several States: ``candidates`` are all of them."""

    def __init__(self, name: str, candidates: tuple[str, ...]) -> None:
        super().__init__(name, candidates)
        self.args = (self.worded(),)

    def worded(self, option: str | None = None) -> str:
        """The message, with the option that gave the name first (``--state``), if any."""
        given = f"{option} {self.name!r}" if option else repr(self.name)
        return (
            f"{given} names {len(self.candidates)} States: {'; '.join(self.candidates)}; "
            "give one of them"
        )


class UnknownSponsor(CorpusError):
    """No indexed resolution has the sponsor ``name``; ``candidates`` are the nearest."""

    def __init__(self, name: str, candidates: tuple[str, ...] = ()) -> None:
        self.name = name
        self.candidates = candidates
        hint = f"; did you mean {', '.join(candidates)}?" if candidates else ""
        super().__init__(f"no indexed resolution has the sponsor {name!r}{hint}")


class UnknownLanguage(CorpusError):
    """No indexed resolution is in language ``lang``; ``available`` are the index's languages."""

    def __init__(self, lang: str, available: tuple[str, ...]) -> None:
        self.lang = lang
        self.available = available
        super().__init__(self.worded())

    def worded(self, option: str | None = None) -> str:
        """The message, naming the option that gave the language (``--lang``), if any."""
        given = f"{option} {self.lang}" if option else f"language {self.lang!r}"
        return f"no indexed resolution is in {given}; the index has {', '.join(self.available)}"


class BadSession(CorpusError):
    """``value`` is not a session, a range of sessions or a list of them
    (``reversed``: a range whose end comes before its start)."""

    def __init__(self, value: str, *, reversed: bool = False) -> None:
        self.value = value
        self.reversed = reversed
        super().__init__(self.worded())

    def worded(self, option: str | None = None) -> str:
        """The message, naming the option that gave the value (``--session``), if any."""
        if self.reversed:
            return f"{option + ' ' if option else 'session range '}{self.value} is a reversed range"
        given = f"{option} {self.value!r}" if option else repr(self.value)
        return f"{given} is not a session; expected e.g. 75, 74-76 or 70,72"


class BadDate(CorpusError):
    """``value`` is not a date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``)."""

    def __init__(self, value: str) -> None:
        self.value = value
        super().__init__(self.worded())

    def worded(self, option: str | None = None) -> str:
        """The message, naming the option that gave the value (``--since``), if any."""
        given = f"{option} {self.value!r}" if option else repr(self.value)
        return f"{given} is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD"
