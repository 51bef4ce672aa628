"""Measure how the readers read the six official languages, against English.

Over ``../shared/official`` (session 75: the six language folders; session 74: the
English folder and the five zip archives ``GA resolutions_74session_*.zip``, read
in place with :mod:`zipfile`), every file is read with the project's AKN reader
(each part of a ``documentCollection`` on its own) and reported per language:

- files, and resolutions read / refused (with the reader's reason);
- ids: the share of resolutions whose clause ids (preamble, operative, sections,
  annexes, in order) equal those of the English version of the same resolution;
- leads: clauses with a lead phrase, relative to the English version (over the
  resolutions that exist in both), and aligned (same id, English has one);
- sub-paragraphs read, relative to the English version;
- operative ids that do not follow the number printed with them (issue 16);
- warnings, grouped by kind (line numbers, numbers and quoted text folded);
- the session as the reader gives it against the session of the FRBR Work.

Versions of one resolution are matched by ``FRBRWork/FRBRthis`` (of the
document, or of each component of a collection) and the language by
``FRBRExpression/FRBRlanguage``, never by file name or folder.

Usage::

    python scripts/languages.py                      # both sessions, table on stdout
    python scripts/languages.py --session 75 --lang ar,zh
    python scripts/languages.py --json > /tmp/languages.json   # everything, for machines
    python scripts/languages.py --jobs 2 --examples 3

English is always read, as the reference. The script uses only
:func:`resolution_cli.readers.akn.read` and :func:`~resolution_cli.readers.akn.parts`
(see ``_read_parts``): if their signatures change, that is the one place to fix.
Set ``RESOLUTION_SHARED`` to read another copy of ``shared/``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import zipfile
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("RESOLUTION_SHARED", ROOT.parent / "shared"))
OFFICIAL = SHARED / "official"

#: Folder / zip name -> ISO 639-1; FRBRlanguage (ISO 639-2) -> ISO 639-1.
FOLDERS = {
    "English": "en",
    "French": "fr",
    "Spanish": "es",
    "Russian": "ru",
    "Arabic": "ar",
    "Chinese": "zh",
}
FRBR_LANG = {"eng": "en", "fra": "fr", "spa": "es", "rus": "ru", "ara": "ar", "zho": "zh"}
ORDER = ["en", "fr", "es", "ru", "ar", "zh"]

Source = tuple[int, str, str, str | None]  # session, folder language, path, zip member

_AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
_WORK_SESSION = re.compile(r"/unga/[^/]*/((?:ES-|S-)?\d+)-")


def sources(sessions: list[int]) -> list[Source]:
    """Every file of the sessions asked for, English first."""
    found: list[Source] = []
    for session in sessions:
        base = OFFICIAL / f"{session}session"
        for folder, lang in FOLDERS.items():
            directory = base / folder
            if directory.is_dir():
                found += [(session, lang, str(p), None) for p in sorted(directory.glob("*.xml"))]
                continue
            archive = base / f"GA resolutions_{session}session_{folder}.zip"
            if archive.is_file():
                with zipfile.ZipFile(archive) as zf:
                    members = sorted(n for n in zf.namelist() if n.lower().endswith(".xml"))
                found += [(session, lang, str(archive), m) for m in members]
    return found


@lru_cache(maxsize=8)
def _zip(path: str) -> zipfile.ZipFile:
    return zipfile.ZipFile(path)


def _bytes(source: Source) -> tuple[bytes, str]:
    """The file's bytes and the name it is reported by (``archive.zip:member``)."""
    _, _, path, member = source
    if member is None:
        return Path(path).read_bytes(), str(Path(path).relative_to(OFFICIAL))
    name = f"{Path(path).relative_to(OFFICIAL)}:{member}"
    return _zip(path).read(member), name


def _read_parts(data: bytes, name: str) -> tuple[list[str | None], Any]:
    """The parts of a file and a reader of one part: the one place that calls the readers."""
    from resolution_cli.readers import akn

    labels: list[str | None] = list(akn.parts(data, name)) or [None]

    def read(label: str | None, warn: Any) -> Any:
        return akn.read(data, name, part_of=label, warn=warn)

    return labels, read


def _frbr(data: bytes) -> list[dict[str, str | None]]:
    """The FRBR identity of each resolution of the file, in document order.

    One entry for a single resolution; one per ``components/component`` of a
    collection (each holds its own meta). ``work`` is FRBRWork/FRBRthis without its
    trailing slash, ``lang`` FRBRExpression/FRBRlanguage as ISO 639-1.
    """
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    root = etree.fromstring(data, parser)

    def ident(meta: Any) -> dict[str, str | None]:
        work = meta.find(f"{_AKN}identification/{_AKN}FRBRWork/{_AKN}FRBRthis")
        lang = meta.find(f"{_AKN}identification/{_AKN}FRBRExpression/{_AKN}FRBRlanguage")
        uri = (work.get("value") if work is not None else "") or ""
        code = (lang.get("language") if lang is not None else "") or ""
        match = _WORK_SESSION.search(uri)
        return {
            "work": uri.rstrip("/") or None,
            "frbr_lang": code or None,
            "lang": FRBR_LANG.get(code),
            "frbr_session": match.group(1) if match else None,
        }

    doc = next((c for c in root if isinstance(c.tag, str)), None)
    if doc is None:
        return []
    metas = [m for m in doc.findall(f"{_AKN}meta")]
    comps = root.findall(f".//{_AKN}components/{_AKN}component")
    if etree.QName(doc).localname == "documentCollection" and comps:
        found = []
        for comp in comps:
            meta = comp.find(f".//{_AKN}meta")
            found.append(ident(meta) if meta is not None else ident(metas[0]))
        return found
    return [ident(metas[0])] if metas else []


_QUOTED = re.compile(r"(['\"])(?:(?!\1).)*\1")


def kind_of(message: str, name: str) -> str:
    """A warning's kind: the file name, line, numbers and quoted words folded."""
    text = message.removeprefix(f"{name}: ")
    text = re.sub(r"^line \d+: ", "", text)
    text = re.sub(r"<step [^>]*>: ", "<step>: ", text)
    text = _QUOTED.sub(lambda m: "'N'" if re.fullmatch(r".\d+\.?.", m.group()) else "'…'", text)
    text = re.sub(r"\d+", "N", text)
    text = re.sub(r"(?<=: ).{40,}$", "…", text)  # a quoted text after the message
    return text[:110]


def _clauses(res: Any) -> list[Any]:
    """Every clause of a resolution in order: preamble, operative, sections, annexes."""
    found = list(res.preamble) + list(res.operative)
    for section in getattr(res, "sections", ()):
        found += list(section.clauses)
    for annex in getattr(res, "annexes", ()):
        found += list(annex.clauses)
    return found


def _lead(clause: Any) -> str:
    """A clause's lead phrase (``verb`` today; ``lead`` if the model renames it)."""
    return str(getattr(clause, "verb", None) or getattr(clause, "lead", None) or "")


def _subs(subparagraphs: Any) -> int:
    """How many sub-paragraphs, nested ones included."""
    return sum(1 + _subs(getattr(s, "subparagraphs", ())) for s in subparagraphs)


def survey(source: Source, wanted: frozenset[str] = frozenset(ORDER)) -> list[dict[str, Any]]:
    """Read one file: one record per resolution (per part of a collection).

    A file whose FRBRlanguage (or, without one, its folder's language) is not
    ``wanted`` is skipped after its FRBR identity is read: files sit in the wrong
    folder (a Chinese 75/297 in Spanish/), so every folder is opened.
    """
    session, folder_lang, _, _ = source
    try:
        data, name = _bytes(source)
    except (OSError, KeyError, zipfile.BadZipFile) as exc:
        return [_refused(session, folder_lang, str(source[2]), None, {}, f"cannot read: {exc}")]
    base = {"session": session, "folder_lang": folder_lang, "file": name}
    try:
        idents = _frbr(data)
    except Exception as exc:  # malformed XML is a finding, not a crash
        idents = []
        frbr_error = f"{type(exc).__name__}: {exc}"
    else:
        frbr_error = None
    langs = {i.get("lang") for i in idents} - {None} or {folder_lang}
    if not langs & wanted:
        return []
    try:
        labels, read = _read_parts(data, name)
    except Exception as exc:  # a refusal is a finding
        ident = idents[0] if idents else {}
        return [_refused(session, folder_lang, name, None, ident, str(exc) or frbr_error or "")]
    records = []
    for index, label in enumerate(labels):
        ident = idents[index] if index < len(idents) else (idents[0] if idents else {})
        warnings: list[str] = []
        try:
            res = read(label, warnings.append)
        except Exception as exc:  # a refusal is a finding
            records.append(_refused(session, folder_lang, name, label, ident, str(exc)))
            continue
        clauses = _clauses(res)
        records.append(
            {
                **base,
                **ident,
                "part": label,
                "read": True,
                "symbol": res.symbol,
                "title": res.title,
                "script": script_of(res.title + " ".join(c.text for c in clauses[:3])),
                "reader_session": res.session,
                "session_name": getattr(res, "session_name", ""),
                "reader_work": getattr(res, "work_uri", None),
                "reader_lang": getattr(res, "lang", None),  # the field issue 17 adds
                "ids": [c.id for c in clauses],
                "nums": [c.num for c in clauses],
                "leads": [_lead(c) for c in clauses],
                "texts": [c.text[:80] for c in clauses],
                "subs": sum(_subs(getattr(c, "subparagraphs", ())) for c in clauses),
                "pp": len(res.preamble),
                "op": len(res.operative),
                "sections": len(getattr(res, "sections", ())),
                "annexes": len(getattr(res, "annexes", ())),
                "footnotes": len(getattr(res, "footnotes", ())),
                "warnings": warnings,
                "kinds": [kind_of(w, name) for w in warnings],
            }
        )
    return records


def _refused(
    session: int, folder_lang: str, name: str, part: str | None, ident: dict[str, Any], why: str
) -> dict[str, Any]:
    return {
        "session": session,
        "folder_lang": folder_lang,
        "file": name,
        **ident,
        "part": part,
        "read": False,
        "reason": why.removeprefix(f"{name}: "),
    }


def measure(records: list[dict[str, Any]], examples: int) -> dict[str, Any]:
    """The figures per session and language (by FRBRlanguage; folder if absent)."""
    report: dict[str, Any] = {}
    for session in sorted({r["session"] for r in records}):
        mine = [r for r in records if r["session"] == session]
        by_lang: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in mine:
            by_lang[r.get("lang") or r["folder_lang"]].append(r)
        english: dict[str, dict[str, Any]] = {}
        for r in by_lang.get("en", []):
            if r["read"] and r.get("work"):
                english.setdefault(r["work"], r)
        langs: dict[str, Any] = {}
        works_by_lang: dict[str, dict[str, dict[str, Any]]] = {}
        for lang in [x for x in ORDER if x in by_lang]:
            rows = by_lang[lang]
            read = [r for r in rows if r["read"]]
            works: dict[str, dict[str, Any]] = {}
            duplicates = []
            for r in read:
                if r.get("work") in works:
                    duplicates.append([works[r["work"]]["file"], r["file"], r["work"]])
                elif r.get("work"):
                    works[r["work"]] = r
            # The work's date differs between languages in a few files (or is empty):
            # an unmatched version is matched on the rest of FRBRthis when that names
            # one English work only (lettered resolutions share it: 75-253 A/B/C).
            by_rest: dict[str, list[str]] = defaultdict(list)
            for w in english:
                by_rest[_undated(w)].append(w)
            date_differs = []
            for w in [w for w in works if w not in english]:
                found = by_rest.get(_undated(w), [])
                if len(found) == 1 and found[0] not in works:
                    date_differs.append([works[w]["file"], w, found[0]])
                    works[found[0]] = works.pop(w)
            works_by_lang[lang] = works
            pairs = [(english[w], r) for w, r in works.items() if w in english]
            same = [p for p in pairs if p[0]["ids"] == p[1]["ids"]]
            en_leads = sum(sum(1 for v in e["leads"] if v) for e, _ in pairs)
            my_leads = sum(sum(1 for v in r["leads"] if v) for _, r in pairs)
            en_subs = sum(e["subs"] for e, _ in pairs)
            my_subs = sum(r["subs"] for _, r in pairs)
            aligned = hit = 0
            for e, r in pairs:
                mine_by_id = dict(zip(r["ids"], r["leads"], strict=True))
                for cid, lead in zip(e["ids"], e["leads"], strict=True):
                    if lead:
                        aligned += 1
                        hit += bool(mine_by_id.get(cid))
            kinds: Counter[str] = Counter(k for r in read for k in r["kinds"])
            example: dict[str, list[str]] = defaultdict(list)
            for r in read:
                for k, w in zip(r["kinds"], r["warnings"], strict=True):
                    if len(example[k]) < examples:
                        example[k].append(w)
            mismatches = []
            for e, r in pairs:
                if e["ids"] != r["ids"]:
                    mismatches.append(_mismatch(e, r))
            files = {r["file"] for r in rows}
            langs[lang] = {
                "files": len(files),
                "folders": dict(Counter(r["folder_lang"] for r in rows)),
                "resolutions": len(rows),
                "read": len(read),
                "refused": [[r["file"], r.get("part"), r["reason"]] for r in rows if not r["read"]],
                "duplicates": duplicates,
                "with_english": len(pairs),
                "ids_equal": len(same),
                "ids_equal_pct": _pct(len(same), len(pairs)),
                "leads": my_leads,
                "leads_en": en_leads,
                "leads_pct": _pct(my_leads, en_leads),
                "leads_aligned_pct": _pct(hit, aligned),
                "subparagraphs": my_subs,
                "subparagraphs_pct": _pct(my_subs, en_subs),
                "warnings": sum(kinds.values()),
                "warning_kinds": dict(kinds.most_common()),
                "warning_examples": dict(example),
                "session_reader": _counts(r.get("reader_session") for r in read),
                "session_frbr": _counts(r.get("frbr_session") for r in read),
                "session_names": dict(Counter(r.get("session_name") for r in read).most_common(5)),
                "title_dash": [r["file"] for r in read if r["title"].lstrip().startswith("-")],
                "id_off_number": {
                    r["file"] + (f" ({r['part']})" if r["part"] else ""): off
                    for r in read
                    if (off := off_number(r))
                },
                "numbered_by_position": sorted(
                    {
                        r["file"] + (f" ({r['part']})" if r["part"] else "")
                        for r in read
                        if any("by position" in k or "follow the position" in k for k in r["kinds"])
                    }
                ),
                "only_here": sorted(set(works) - set(english)) if lang != "en" else [],
                "frbr_date_differs": date_differs,
                "reader_lang": _counts(r.get("reader_lang") for r in read),
                "script_differs": [
                    [r["file"], r.get("frbr_lang"), r["script"]]
                    for r in read
                    if r["script"] != _SCRIPT_OF.get(lang, "latin")
                ],
                "mismatches": mismatches,
            }
        everywhere = [
            w for w in english if all(w in works_by_lang.get(x, {}) for x in ORDER if x != "en")
        ]
        agree = [
            w
            for w in everywhere
            if all(works_by_lang[x][w]["ids"] == english[w]["ids"] for x in ORDER if x != "en")
        ]
        report[str(session)] = {
            "languages": langs,
            "in_all_six": len(everywhere),
            "all_six_agree": len(agree),
            "all_six_agree_pct": _pct(len(agree), len(everywhere)),
        }
    return report


_OP_ID = re.compile(r"(?:^|\.)OP(\d+)$")
_PRINTED = re.compile(r"^\s*(\d+)\s*[.\-]?\s*$")


def off_number(r: dict[str, Any]) -> list[list[str | None]]:
    """Operative paragraphs whose id does not follow the number printed with them
    (issue 16), by the tool's own rule (``readers.assemble.follows_printed``, as
    ``validate`` checks it): ``[id, printed]`` for each."""
    from resolution_cli.readers.assemble import follows_printed

    return [
        [cid, num]
        for cid, num in zip(r["ids"], r["nums"], strict=True)
        if _OP_ID.search(cid) and not cid.startswith("annex") and not follows_printed(cid, num)
    ]


def _undated(work: str) -> str:
    return re.sub(r"/unga/[^/]*/", "/unga/*/", work)


_SCRIPT_OF = {"ar": "arabic", "zh": "han", "ru": "cyrillic"}


def script_of(text: str) -> str:
    """The script most letters of ``text`` are written in: arabic, han, cyrillic, latin."""
    counts: Counter[str] = Counter()
    for ch in text:
        code = ord(ch)
        if 0x0600 <= code <= 0x06FF:
            counts["arabic"] += 1
        elif 0x4E00 <= code <= 0x9FFF:
            counts["han"] += 1
        elif 0x0400 <= code <= 0x04FF:
            counts["cyrillic"] += 1
        elif ch.isalpha():
            counts["latin"] += 1
    return counts.most_common(1)[0][0] if counts else "latin"


def _mismatch(e: dict[str, Any], r: dict[str, Any]) -> dict[str, Any]:
    """Where a version's ids first part from the English ones."""
    at = next(
        (i for i, (a, b) in enumerate(zip(e["ids"], r["ids"], strict=False)) if a != b),
        min(len(e["ids"]), len(r["ids"])),
    )

    def clause(x: dict[str, Any]) -> list[Any] | None:
        if at >= len(x["ids"]):
            return None
        return [x["ids"][at], x["nums"][at], x["texts"][at]]

    here = set(r["ids"])
    there = set(e["ids"])
    return {
        "work": e["work"],
        "missing": [i for i in e["ids"] if i not in here][:8],
        "extra": [i for i in r["ids"] if i not in there][:8],
        "en_file": e["file"],
        "file": r["file"],
        "part": r["part"],
        "counts": [len(e["ids"]), len(r["ids"])],
        "pp_op": [[e["pp"], e["op"]], [r["pp"], r["op"]]],
        "first_difference": {"en": clause(e), "this": clause(r)},
    }


def _pct(a: int, b: int) -> float | None:
    return round(100 * a / b, 1) if b else None


def _counts(values: Any) -> dict[str, int]:
    return {str(k): v for k, v in Counter(values).most_common()}


def table(report: dict[str, Any], top: int) -> str:
    """The figures as a plain table, then the top warning kinds per language."""
    lines = []
    head = (
        f"{'sess':<4} {'lang':<4} {'files':>5} {'read':>5} {'refus':>5} {'w/en':>5} "
        f"{'ids=en':>7} {'leads':>7} {'ld-aln':>7} {'subs':>7} {'warns':>6} {'off#':>5}  "
        "session reader | frbr"
    )
    for session, data in report.items():
        lines.append(head)
        for lang, f in data["languages"].items():
            lines.append(
                f"{session:<4} {lang:<4} {f['files']:>5} {f['read']:>5} {len(f['refused']):>5} "
                f"{f['with_english']:>5} {_fmt(f['ids_equal_pct']):>7} "
                f"{_fmt(f['leads_pct']):>7} {_fmt(f['leads_aligned_pct']):>7} "
                f"{_fmt(f['subparagraphs_pct']):>7} "
                f"{f['warnings']:>6} {len(f['id_off_number']):>5}  "
                f"{_dist(f['session_reader'])} | {_dist(f['session_frbr'])}"
            )
        if len(data["languages"]) == len(ORDER):
            lines.append(
                f"session {session}: {data['in_all_six']} resolutions in all six languages, "
                f"ids agree in all six for {data['all_six_agree']} "
                f"({_fmt(data['all_six_agree_pct'])})"
            )
        lines.append("")
    for session, data in report.items():
        for lang, f in data["languages"].items():
            if not f["warning_kinds"]:
                continue
            lines.append(f"session {session} {lang}: top warning kinds")
            for kind, n in list(f["warning_kinds"].items())[:top]:
                lines.append(f"  {n:>6}  {kind}")
            for file, part, why in f["refused"]:
                lines.append(f"  refused {file}{f' ({part})' if part else ''}: {why}")
    return "\n".join(lines)


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}%"


def _dist(counts: dict[str, int]) -> str:
    return " ".join(f"{k}:{v}" for k, v in counts.items())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--session", choices=["74", "75"], action="append", help="one session (default both)"
    )
    parser.add_argument("--lang", help="languages besides English, e.g. 'ar' or 'fr,zh'")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--json", action="store_true", help="the full report as JSON")
    parser.add_argument("--records", help="also write every record (one per line) to this file")
    parser.add_argument("--examples", type=int, default=3, help="examples kept per warning kind")
    parser.add_argument("--top", type=int, default=8, help="warning kinds shown per language")
    args = parser.parse_args(argv)
    if not OFFICIAL.is_dir():
        print(f"error: {OFFICIAL} not found (set RESOLUTION_SHARED)", file=sys.stderr)
        return 2
    sessions = [int(s) for s in args.session or ["74", "75"]]
    wanted = {"en"}
    if args.lang:
        wanted |= {x.strip() for x in args.lang.split(",") if x.strip()}
        unknown = wanted - set(ORDER)
        if unknown:
            print(f"error: unknown language {sorted(unknown)}; use {ORDER}", file=sys.stderr)
            return 2
    else:
        wanted = set(ORDER)
    todo = sources(sessions)
    work = partial(survey, wanted=frozenset(wanted))
    records: list[dict[str, Any]] = []
    if args.jobs > 1:
        with ProcessPoolExecutor(args.jobs) as pool:
            for found in pool.map(work, todo, chunksize=8):
                records += found
    else:
        for source in todo:
            records += work(source)
    records = [r for r in records if (r.get("lang") or r["folder_lang"]) in wanted]
    report = measure(records, args.examples)
    if args.records:
        with open(args.records, "w", encoding="utf-8") as out:
            for r in records:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print(table(report, args.top))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    try:
        raise SystemExit(main())
    except BrokenPipeError:  # `| head`: the reader has seen enough
        sys.stderr.close()
        raise SystemExit(0) from None
