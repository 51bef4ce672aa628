"""The filters every corpus query shares: session, dates, sponsor, title, adoption, language.

:class:`Filters` turns them into one SQL condition on the ``resolutions`` table
(alias ``r``) with its parameters. Nothing here is ever pasted into SQL: values
are always bound parameters.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field

from resolution_cli.corpus.extract import LANGUAGES as _LANG_ALIASES
from resolution_cli.errors import BadDate, BadSession, UnknownLanguage, UnknownSponsor
from resolution_cli.states import same_state

_SESSION = re.compile(r"\s*(\d{1,3})\s*(?:-\s*(\d{1,3})\s*)?")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def languages(value: str) -> tuple[str, ...]:
    """``--lang``: ``"en"``, ``"en,fr"``, ``"all"`` (-> ``()``: every language), as ISO
    639-1 codes (``fra`` -> ``fr``), in the order given, once each."""
    codes: list[str] = []
    for item in value.lower().split(","):
        code = item.strip()
        if code == "all":
            return ()
        code = _LANG_ALIASES.get(code, code)
        if code and code not in codes:
            codes.append(code)
    return tuple(codes) or ("en",)


def sessions(values: tuple[str, ...]) -> tuple[int, ...]:
    """``("75", "74-76", "70,72")`` -> the session numbers, sorted, once each.

    Raises :class:`~resolution_cli.errors.BadSession`.
    """
    found: set[int] = set()
    for value in values:
        for item in value.split(","):
            match = _SESSION.fullmatch(item)
            if match is None:
                raise BadSession(value)
            low = int(match.group(1))
            high = int(match.group(2) or low)
            if high < low:
                raise BadSession(item.strip(), reversed=True)
            found.update(range(low, high + 1))
    return tuple(sorted(found))


def date_bound(value: str, *, upper: bool) -> str:
    """An ISO date (``2021``, ``2021-04``, ``2021-04-16``) as a bound on ISO dates.

    ``upper``: the last day it names (``2021`` -> ``2021-99-99``), else the first.
    Raises :class:`~resolution_cli.errors.BadDate`.
    """
    import datetime

    match = _DATE.fullmatch(value.strip())
    year, month, day = match.groups() if match else ("", None, None)
    try:  # a real calendar date: no month 13, no 30 February
        datetime.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise BadDate(value) from None
    filler = "99" if upper else "00"
    return f"{year}-{month or filler}-{day or filler}"


@dataclass
class Filters:
    """Which resolutions a query looks at."""

    sessions: tuple[int, ...] = ()
    since: str | None = None
    until: str | None = None
    sponsor: str | None = None
    title: str | None = None
    adoption: str | None = None  # "vote" | "novote"
    #: ``en``, a list ``en,fr``, ``all``; None: English if the index has it, else all
    #: (resolved by :meth:`check`; before that, None is English).
    lang: str | None = None
    limit: int | None = None
    extra: list[str] = field(default_factory=list)
    #: The languages chosen, once :meth:`check` has resolved ``lang`` (() = all).
    langs: tuple[str, ...] | None = None
    #: The States ``sponsor`` names, once :meth:`check` has found them (canonical names):
    #: the one it spells, else every State whose name holds it ("cote", "guinea").
    sponsor_states: tuple[str, ...] | None = None

    def chosen(self) -> tuple[str, ...]:
        """The language codes the filter keeps (() = every language)."""
        if self.langs is not None:
            return self.langs
        return languages(self.lang) if self.lang is not None else ("en",)

    def where(self) -> tuple[str, list[object]]:
        """The SQL condition on ``resolutions r`` and its parameters."""
        chosen = self.chosen()
        terms = [f"r.lang IN ({','.join('?' * len(chosen))})" if chosen else "1"]
        params: list[object] = list(chosen)
        if self.sessions:
            terms.append(f"r.session IN ({','.join('?' * len(self.sessions))})")
            params.extend(self.sessions)
        if self.since:
            terms.append("r.adopted >= ?")
            params.append(self.since)
        if self.until:
            terms.append("r.adopted <= ?")
            params.append(self.until)
        if self.sponsor:
            wanted = self.sponsor_states or (same_state(self.sponsor),)
            terms.append(
                "EXISTS (SELECT 1 FROM sponsors s WHERE s.resolution_id = r.id "
                # any spelling of the State: store._connect
                f"AND rcli_state(s.name) IN ({','.join('?' * len(wanted))}))"
            )
            params.extend(wanted)
        if self.title:
            escaped = self.title.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            terms.append("r.title LIKE ? ESCAPE '\\'")
            params.append(f"%{escaped}%")
        if self.adoption == "vote":
            terms.append("r.recorded_vote = 1")
        elif self.adoption == "novote":
            terms.append("r.recorded_vote = 0")
        return " AND ".join(terms), params

    def check(self, conn: sqlite3.Connection) -> None:
        """A sponsor or language that nothing in the index has is an error naming the
        nearest (:class:`~resolution_cli.errors.UnknownSponsor`,
        :class:`~resolution_cli.errors.UnknownLanguage`)."""
        import difflib

        if self.sponsor:
            from resolution_cli.states import fold

            exact = same_state(self.sponsor)
            row = conn.execute(
                "SELECT 1 FROM sponsors WHERE rcli_state(name) = ? LIMIT 1", (exact,)
            ).fetchone()
            self.sponsor_states = (exact,)
            if row is None:  # a part of a name, as votes --state takes it: "cote"
                names = [n for (n,) in conn.execute("SELECT DISTINCT name FROM sponsors")]
                part = fold(self.sponsor)
                found = {same_state(n) for n in names if part and part in fold(n)}
                if not found:
                    near = difflib.get_close_matches(self.sponsor, names, n=3, cutoff=0.5)
                    raise UnknownSponsor(self.sponsor, tuple(near))
                self.sponsor_states = tuple(sorted(found))
        have = [n for (n,) in conn.execute("SELECT DISTINCT lang FROM resolutions ORDER BY lang")]
        if self.lang is None:  # English when the index has it, else every language
            self.langs = ("en",) if "en" in have or not have else ()
            return
        wanted = languages(self.lang)
        for lang in wanted:
            if lang not in have:
                raise UnknownLanguage(lang, tuple(have))
        self.langs = wanted
