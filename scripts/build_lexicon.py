"""Build src/resolution_cli/data/lexicon.json: the UN's lead phrases, from AKN4UN XML.

Usage: python scripts/build_lexicon.py [OFFICIAL_DIR] [--output PATH]

For every file of the official edition (default ../shared/official/75session/English
relative to the repository), the leading italic span of each clause is a lead
phrase: preamble ``container`` -> preambular, mainBody ``paragraph`` -> operative.
Whitespace is normalised, trailing punctuation dropped, case kept as printed;
spans of more than 8 words, spans that are the whole paragraph (italic headings)
and spans followed by a colon (labels) are left out. ``prefer`` maps a phrase to the
shorter lead most often printed in the clauses it is the longest phrase of
("Takes note of" -> "Takes note"), for the text reader's lead phrases where italics
cannot tell. The
output is deterministic: sorted, unique, indent=1, UTF-8, trailing newline.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = ROOT.parent / "shared" / "official" / "75session" / "English"
DEFAULT_OUTPUT = ROOT / "src" / "resolution_cli" / "data" / "lexicon.json"
MAX_WORDS = 8
SOURCE = (
    "Lead phrases (leading italic spans of preambular containers and operative "
    "paragraphs) of the United Nations' AKN4UN edition of the General Assembly "
    "resolutions of the seventy-fifth session (UNxml/GAresolutions, commit "
    "42a69b67bb92d23969fc45bba151320b82eb8e52, 75session/English); built by "
    "scripts/build_lexicon.py"
)
_SPACE = re.compile(r"\s+")


def _lead(p: etree._Element | None) -> str:
    """The normalised leading italic span of ``p``, or ''."""
    if p is None or (p.text or "").strip():
        return ""
    first = next((c for c in p if isinstance(c.tag, str)), None)
    if first is None or etree.QName(first).localname != "span":
        return ""
    if "italic" not in (first.get("class") or "").split():
        return ""
    rest = _SPACE.sub(" ", "".join(p.itertext())).strip()
    tail = (first.tail or "").strip()
    if tail.startswith(":") or len(rest) <= len("".join(first.itertext()).strip()) + 1:
        return ""  # a label ("Abbreviations:") or a heading in italics, not a lead phrase
    phrase = _SPACE.sub(" ", "".join(first.itertext())).strip().rstrip(",;:. ").strip()
    return phrase if 0 < len(phrase.split()) <= MAX_WORDS else ""


def _text(p: etree._Element | None) -> str:
    return _SPACE.sub(" ", "".join(p.itertext())).strip() if p is not None else ""


def collect(directory: Path) -> tuple[set[str], set[str], dict[str, str]]:
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True
    )
    preambular: set[str] = set()
    operative: set[str] = set()
    seen: list[tuple[str, str, bool]] = []  # (text, lead, preambular?)
    for path in sorted(directory.glob("*.xml")):
        data = path.read_bytes()
        if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
            print(f"skipped (DTD): {path.name}", file=sys.stderr)
            continue
        root = etree.fromstring(data, parser)
        for container in root.iterfind(".//{*}preamble/{*}container"):
            lead = _lead(container.find("{*}p"))
            preambular.add(lead)
            seen.append((_text(container.find("{*}p")), lead, True))
        for paragraph in root.iterfind(".//{*}mainBody//{*}paragraph"):
            p = paragraph.find("{*}content/{*}p")
            if p is None:
                p = paragraph.find("{*}list/{*}intro/{*}p")
            lead = _lead(p)
            operative.add(lead)
            seen.append((_text(p), lead, False))
    preambular.discard("")
    operative.discard("")
    return preambular, operative, _prefer(seen, preambular, operative)


def _prefer(
    seen: list[tuple[str, str, bool]], preambular: set[str], operative: set[str]
) -> dict[str, str]:
    """For each phrase that is the longest phrase of the lexicon starting some clauses,
    the lead most often printed in those clauses, where it is not the phrase itself
    ("Takes note of" -> "Takes note"): what a reader takes when italics cannot tell."""
    by_length = {
        True: sorted(preambular, key=lambda p: (-len(p), p))
        + sorted(operative, key=lambda p: (-len(p), p)),
        False: sorted(operative, key=lambda p: (-len(p), p))
        + sorted(preambular, key=lambda p: (-len(p), p)),
    }
    counts: dict[str, Counter[str]] = {}
    for text, lead, is_preambular in seen:
        if not lead:
            continue
        for phrase in by_length[is_preambular]:
            if text.startswith(phrase) and not text[len(phrase) : len(phrase) + 1].isalnum():
                counts.setdefault(phrase, Counter())[lead] += 1
                break
    prefer: dict[str, str] = {}
    for phrase, leads in counts.items():
        (best, _), *_ = sorted(leads.items(), key=lambda item: (-item[1], item[0]))
        if best != phrase and phrase.startswith(best):
            prefer[phrase] = best
    return prefer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    if not args.directory.is_dir():
        parser.error(f"no such directory: {args.directory}")
    preambular, operative, prefer = collect(args.directory)
    payload = {
        "source": SOURCE,
        "preambular": sorted(preambular),
        "operative": sorted(operative),
        "prefer": prefer,
    }
    text = json.dumps(payload, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(f"{args.output}: {len(preambular)} preambular, {len(operative)} operative phrases")
    return 0


if __name__ == "__main__":
    sys.exit(main())
