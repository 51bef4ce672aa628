"""The AKN reader refuses DTDs and entities: no billion laughs, no external entities."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from resolution_cli.errors import LoadError
from resolution_cli.loader import load

LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
 <statement name="resolution"><preamble><container><p>&lol9;</p></container></preamble>
 </statement>
</akomaNtoso>
"""

EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE akomaNtoso [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
 <statement name="resolution">
  <coverPage><p><docNumber>A/RES/1/1</docNumber></p></coverPage>
  <preamble><container><p><span class="italic">Noting</span> &x;</p></container></preamble>
 </statement>
</akomaNtoso>
"""

# An entity used without any declaration: must not be resolved either.
UNDECLARED = EXTERNAL.replace(
    b'<!DOCTYPE akomaNtoso [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>\n', b""
)


def _passwd() -> str:
    try:
        return Path("/etc/passwd").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "root:x:0:0"


def test_billion_laughs_refused(tmp_path: Path) -> None:
    path = tmp_path / "laughs.xml"
    path.write_bytes(LAUGHS)
    with pytest.raises(LoadError, match="DTD or entity declarations is refused for safety"):
        load(path)


def test_billion_laughs_bounded_memory(tmp_path: Path) -> None:
    """In a child limited to 1 GiB of address space, the load fails fast and cleanly."""
    path = tmp_path / "laughs.xml"
    path.write_bytes(LAUGHS)
    code = textwrap.dedent(
        f"""
        import resource, sys
        limit = 1024 ** 3
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        from resolution_cli.errors import LoadError
        from resolution_cli.loader import load
        try:
            load({str(path)!r})
        except LoadError as exc:
            print("LoadError:", exc)
            sys.exit(0)
        print("loaded!")
        sys.exit(1)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "refused for safety" in result.stdout


def test_external_entity_refused(tmp_path: Path) -> None:
    path = tmp_path / "xxe.xml"
    path.write_bytes(EXTERNAL)
    with pytest.raises(LoadError, match="refused for safety") as info:
        load(path)
    first_line = _passwd().splitlines()[0]
    assert first_line not in str(info.value)


def test_undeclared_entity_not_resolved(tmp_path: Path) -> None:
    path = tmp_path / "undeclared.xml"
    path.write_bytes(UNDECLARED)
    with pytest.raises(LoadError) as info:
        load(path)
    assert "not well-formed XML" in str(info.value)
    assert _passwd().splitlines()[0] not in str(info.value)


def test_refusal_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "xxe.xml"
    path.write_bytes(EXTERNAL)
    with pytest.raises(LoadError) as info:
        load(path)
    assert info.value.where == "line 2"
