"""Build src/resolution_cli/data/state_names.json: the names of the UN's Member States
and observer States, as the UN spells them.

Usage: python scripts/build_state_names.py [DATA_EXTRACT_DIR] [--output PATH]

Sources (DATA_EXTRACT_DIR defaults to ../shared/official/data_extract relative to
the repository):

- every name in the vote lists (``MS_in_favour``, ``MS_against``,
  ``MS_abstaining``) of ``*.json``: together they name every Member State;
- the observer States (Holy See, State of Palestine);
- the other spellings of a State that the sponsor lists print: the entries of
  ``sponsors`` and ``additional_sponsors`` in ``*.json`` that are not a vote-list
  name, not a group ("X (on behalf of ...)"), not a submitting body ("Submitted
  by ...", "Introduced in the Committee ...", "On the basis of ...") and not a piece
  of a longer name ("Principe" of "Sao Tome and Principe"); and the full forms
  that the AKN files' own sponsor lines print (``OTHER_SPELLINGS``).

Names are matched without regard to case, so the file keeps the UN's spellings
as data_extract writes them (capitals). The output is deterministic: sorted,
unique, indent=1, UTF-8, trailing newline.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = ROOT.parent / "shared" / "official" / "data_extract"
DEFAULT_OUTPUT = ROOT / "src" / "resolution_cli" / "data" / "state_names.json"
OBSERVERS = ("HOLY SEE", "STATE OF PALESTINE")
#: Spellings the AKN sponsor lines print that data_extract does not list (its vote
#: lists print "UNITED KINGDOM" and "UNITED STATES").
OTHER_SPELLINGS = (
    "UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND",
    "UNITED STATES OF AMERICA",
    "ISLAMIC REPUBLIC OF IRAN",
)
_NOT_A_STATE = ("SUBMITTED ", "INTRODUCED ", "ON THE BASIS ")
SOURCE = (
    "Names of the Member States (the vote lists of data_extract/74.json and 75.json, "
    "UNxml/GAresolutions commit 42a69b67bb92d23969fc45bba151320b82eb8e52), the observer "
    "States and the other spellings printed in sponsor lists; built by "
    "scripts/build_state_names.py. Matched without regard to case."
)


def _clean(name: str) -> str:
    return " ".join(name.split())


def build(directory: Path) -> dict[str, object]:
    votes: set[str] = set()
    sponsors: set[str] = set()
    files = sorted(directory.glob("*.json"))
    if not files:
        raise SystemExit(f"no *.json in {directory}")
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            for key in ("MS_in_favour", "MS_against", "MS_abstaining"):
                votes.update(_clean(n) for n in record.get(key) or [] if _clean(n))
            for key in ("sponsors", "additional_sponsors"):
                sponsors.update(_clean(n) for n in record.get(key) or [] if _clean(n))
    names = votes | set(OBSERVERS) | set(OTHER_SPELLINGS)
    pieces = {piece for name in names for piece in name.split(" AND ") if piece != name}
    for name in sponsors:
        if name in names or "(ON BEHALF" in name or name.startswith(_NOT_A_STATE):
            continue
        if name in pieces:
            continue
        names.add(name)
    return {"source": SOURCE, "names": sorted(names)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    data = build(args.directory)
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    args.output.write_text(text, encoding="utf-8")
    print(f"{len(data['names'])} names -> {args.output}", file=sys.stderr)  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
