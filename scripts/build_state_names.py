"""Build src/resolution_cli/data/state_names.json: each Member State and observer State
under its current UN name, with its former names and the UN's other spellings.

Usage: python scripts/build_state_names.py [SHARED_OFFICIAL_DIR] [--output PATH]

Sources (SHARED_OFFICIAL_DIR defaults to ../shared/official relative to the
repository):

- ``STATES`` below: the 193 Member States and the 2 observer States under their
  current names (the UN's list of Member States, https://www.un.org/en/about-us/member-states),
  with the former names and other spellings the UN prints (``ALIASES``: "Turkey"
  and the typo "TÜRKÝYE" for "Türkiye", "Netherlands" for "Netherlands (Kingdom
  of the)", "United Kingdom" for "United Kingdom of Great Britain and Northern
  Ireland", ...);
- every spelling of a State that sessions 74 and 75 print: the vote lists
  (``MS_in_favour``, ``MS_against``, ``MS_abstaining``) and sponsor lists
  (``sponsors``, ``additional_sponsors``) of ``data_extract/*.json``, and the
  ``<organization>`` names of the AKN files' votes (``*/English/*.xml``). A
  spelling is added to the State whose name it is up to case, diacritics, spaces,
  apostrophes and hyphens (``resolution_cli.states.key``); a spelling that names no
  State is reported on stderr (groups "X (on behalf of ...)", submitting bodies and
  the piece "PRINCIPE" of "SAO TOME AND PRINCIPE" are expected there).

The output is deterministic: States in the list's order, aliases sorted and
unique, ``names`` (every spelling, sorted), indent=1, UTF-8, trailing newline.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from resolution_cli.states import key  # noqa: E402

DEFAULT_DIR = ROOT.parent / "shared" / "official"
DEFAULT_OUTPUT = ROOT / "src" / "resolution_cli" / "data" / "state_names.json"

#: The 193 Member States of the United Nations under their current names.
MEMBER_STATES = (
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda",
    "Argentina", "Armenia", "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain",
    "Bangladesh", "Barbados", "Belarus", "Belgium", "Belize", "Benin", "Bhutan",
    "Bolivia (Plurinational State of)", "Bosnia and Herzegovina", "Botswana", "Brazil",
    "Brunei Darussalam", "Bulgaria", "Burkina Faso", "Burundi", "Cabo Verde", "Cambodia",
    "Cameroon", "Canada", "Central African Republic", "Chad", "Chile", "China", "Colombia",
    "Comoros", "Congo", "Costa Rica", "Côte d'Ivoire", "Croatia", "Cuba", "Cyprus",
    "Czechia", "Democratic People's Republic of Korea", "Democratic Republic of the Congo",
    "Denmark", "Djibouti", "Dominica", "Dominican Republic", "Ecuador", "Egypt",
    "El Salvador", "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji",
    "Finland", "France", "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece",
    "Grenada", "Guatemala", "Guinea", "Guinea-Bissau", "Guyana", "Haiti", "Honduras",
    "Hungary", "Iceland", "India", "Indonesia", "Iran (Islamic Republic of)", "Iraq",
    "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya",
    "Kiribati", "Kuwait", "Kyrgyzstan", "Lao People's Democratic Republic", "Latvia",
    "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania", "Luxembourg",
    "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Marshall Islands",
    "Mauritania", "Mauritius", "Mexico", "Micronesia (Federated States of)", "Monaco",
    "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nauru", "Nepal",
    "Netherlands (Kingdom of the)", "New Zealand", "Nicaragua", "Niger", "Nigeria",
    "North Macedonia", "Norway", "Oman", "Pakistan", "Palau", "Panama", "Papua New Guinea",
    "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Republic of Korea",
    "Republic of Moldova", "Romania", "Russian Federation", "Rwanda", "Saint Kitts and Nevis",
    "Saint Lucia", "Saint Vincent and the Grenadines", "Samoa", "San Marino",
    "Sao Tome and Principe", "Saudi Arabia", "Senegal", "Serbia", "Seychelles", "Sierra Leone",
    "Singapore", "Slovakia", "Slovenia", "Solomon Islands", "Somalia", "South Africa",
    "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland",
    "Syrian Arab Republic", "Tajikistan", "Thailand", "Timor-Leste", "Togo", "Tonga",
    "Trinidad and Tobago", "Tunisia", "Türkiye", "Turkmenistan", "Tuvalu", "Uganda", "Ukraine",
    "United Arab Emirates", "United Kingdom of Great Britain and Northern Ireland",
    "United Republic of Tanzania", "United States of America", "Uruguay", "Uzbekistan",
    "Vanuatu", "Venezuela (Bolivarian Republic of)", "Viet Nam", "Yemen", "Zambia", "Zimbabwe",
)  # fmt: skip
#: The non-member observer States.
OBSERVER_STATES = ("Holy See", "State of Palestine")
#: Former names and other spellings the UN prints, by current name (spellings that
#: differ only in case, diacritics, spaces, apostrophes or hyphens need no entry).
ALIASES: dict[str, tuple[str, ...]] = {
    "Türkiye": ("Turkey", "TÜRKİYE", "TÜRKÝYE", "Republic of Türkiye"),
    "Netherlands (Kingdom of the)": ("Netherlands", "Kingdom of the Netherlands"),
    "United Kingdom of Great Britain and Northern Ireland": ("United Kingdom",),
    "United States of America": ("United States",),
    "Iran (Islamic Republic of)": ("Islamic Republic of Iran",),
    "Côte d'Ivoire": ("Côte d’Ivoire", "COTE D'IVOIRE"),
    "Eswatini": ("Swaziland",),
    "North Macedonia": ("The former Yugoslav Republic of Macedonia",),
    "Czechia": ("Czech Republic",),
    "Cabo Verde": ("Cape Verde",),
    "State of Palestine": ("Palestine",),
}
SOURCE = (
    "The 193 Member States and the 2 observer States under their current UN names, with "
    "former names and the spellings printed in sessions 74 and 75 (data_extract/74.json and "
    "75.json, the AKN files' votes; UNxml/GAresolutions commit "
    "42a69b67bb92d23969fc45bba151320b82eb8e52) as aliases; built by "
    "scripts/build_state_names.py. Matched by resolution_cli.states.key: without regard to "
    "case, diacritics, spaces, apostrophes and hyphens."
)
_ORGANIZATION = re.compile(r"<(?:\w+:)?organization\b[^>]*>([^<]*)<")


def _clean(name: str) -> str:
    return " ".join(name.split())


def printed_spellings(directory: Path) -> set[str]:
    """Every name of a vote or sponsor list of data_extract and of an AKN file's votes."""
    found: set[str] = set()
    files = sorted((directory / "data_extract").glob("*.json"))
    if not files:
        raise SystemExit(f"no data_extract/*.json in {directory}")
    keys = ("MS_in_favour", "MS_against", "MS_abstaining", "sponsors", "additional_sponsors")
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                for field in keys:
                    found.update(_clean(n) for n in record.get(field) or [] if _clean(n))
    for path in sorted(directory.glob("*/English/*.xml")):
        text = path.read_text(encoding="utf-8")
        found.update(_clean(m) for m in _ORGANIZATION.findall(text) if _clean(m))
    return found


def build(directory: Path) -> dict[str, object]:
    states = [(name, False) for name in MEMBER_STATES] + [(n, True) for n in OBSERVER_STATES]
    if len(MEMBER_STATES) != 193 or len(set(MEMBER_STATES)) != 193:
        raise SystemExit(f"{len(MEMBER_STATES)} Member States, not 193")
    aliases: dict[str, set[str]] = {name: set(ALIASES.get(name, ())) for name, _ in states}
    by_key: dict[str, str] = {}
    for name, _ in states:
        for spelling in (name, *aliases[name]):
            other = by_key.setdefault(key(spelling), name)
            if other != name:
                raise SystemExit(f"{spelling!r} of {name} is also a spelling of {other}")
    unknown: list[str] = []
    for spelling in sorted(printed_spellings(directory)):
        state = by_key.get(key(spelling))
        if state is None:
            unknown.append(spelling)
        elif spelling != state:
            aliases[state].add(spelling)
    for spelling in unknown:
        print(f"names no State: {spelling!r}", file=sys.stderr)
    records = [
        {"name": name, "observer": observer, "aliases": sorted(aliases[name])}
        for name, observer in states
    ]
    names = sorted({s for name, _ in states for s in (name, *aliases[name])})
    return {"source": SOURCE, "states": records, "names": names}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    data = build(args.directory)
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    args.output.write_text(text, encoding="utf-8")
    count = len(data["states"])  # type: ignore[arg-type]
    print(f"{count} States, {len(data['names'])} spellings -> {args.output}", file=sys.stderr)  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
