"""Load a resolution from a file: the one public entry point, :func:`load`.

It reads the bytes, detects the format from the content (``--from`` overrides
it) and hands them to the matching reader in :mod:`resolution_cli.readers`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from resolution_cli.errors import LoadError

#: How the AKN reader ends its warning that it read one resolution of a collection
#: (75/254 A, B, C) for want of a choice: the command line adds its option's name.
CHOSEN_BY_LETTER = "(another is chosen by its letter)"

if TYPE_CHECKING:
    from resolution_cli.model import Resolution

Format = Literal["json", "akn", "text"]
Warn = Callable[[str], None]

#: The largest file the loader reads, in bytes.
MAX_BYTES = 64 * 1024 * 1024

BUNDLED_NAME = "resolution_75_272.json"


def bundled_path() -> Path:
    """The bundled A/RES/75/272: inside the package (wheel), else the repo's data/."""
    here = Path(__file__).resolve().parent
    packaged = here / "data" / BUNDLED_NAME
    if packaged.is_file():
        return packaged
    return here.parent.parent / "data" / BUNDLED_NAME


def _ignore(message: str) -> None:
    """The default warning sink of the Python API: warnings are dropped."""


#: What an empty (or blank) file is told, everywhere.
EMPTY = "file is empty; expected a resolution in JSON, AKN XML or text"


def require_content(data: bytes, name: str) -> None:
    """The one check, and the one message, for an empty file (``--file``, ``corpus add``)."""
    if not data.strip():
        raise LoadError(name, EMPTY)


def read_bytes(path: str | Path, empty_ok: bool = False) -> tuple[bytes, str]:
    """The bytes of ``path`` (``-`` is stdin) and the name to report it by (a LoadError
    for an empty file, unless ``empty_ok``: ``validate`` reports it as a problem)."""
    if str(path) == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        name = "<stdin>"
    else:
        name = str(path)
        try:
            with open(path, "rb") as handle:
                data = handle.read(MAX_BYTES + 1)
        except FileNotFoundError:
            raise LoadError(name, "no such file") from None
        except IsADirectoryError:
            raise LoadError(name, "is a directory, not a resolution file") from None
        except PermissionError:
            raise LoadError(name, "permission denied (the file is not readable)") from None
        except OSError as exc:
            raise LoadError(name, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise LoadError(name, f"file is larger than {MAX_BYTES // (1024 * 1024)} MiB")
    if not empty_ok:
        require_content(data, name)
    return data, name


def detect(data: bytes) -> Format:
    """The format of ``data``, from its content: JSON, AKN XML or text."""
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if head in (b"{", b"[", b'"') or data.strip() in (b"null", b"true", b"false"):
        return "json"  # a JSON value of the wrong kind is reported as such
    if head == b"<":
        stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:200].lower()
        if not stripped.startswith(b"<sup"):
            return "akn"
    return "text"


def decode(data: bytes, name: str) -> str:
    """``data`` as UTF-8 text (a byte-order mark is dropped), or a LoadError."""
    if b"\x00" in data:
        raise LoadError(name, "is a binary file, not a resolution in JSON, AKN XML or text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LoadError(
            name, f"is not UTF-8 (invalid byte 0x{data[exc.start]:02x})", f"byte {exc.start}"
        ) from None


def parse(
    data: bytes,
    name: str,
    fmt: Format | None = None,
    *,
    part_of: str | None = None,
    warn: Warn = _ignore,
) -> Resolution:
    """Build a Resolution from ``data`` in format ``fmt`` (detected when None)."""
    kind = fmt or detect(data)
    if kind == "json":
        from resolution_cli.readers import json_reader

        return json_reader.read(decode(data, name), name)
    if kind == "akn":
        from resolution_cli.readers import akn

        return akn.read(data, name, part_of=part_of, warn=warn)
    from resolution_cli.readers import text

    return text.read(decode(data, name), name, warn=warn)


def load(
    path: str | Path | None = None,
    *,
    fmt: Format | None = None,
    part_of: str | None = None,
    warn: Warn = _ignore,
) -> Resolution:
    """Load the resolution in ``path`` (JSON, AKN XML or text; ``-`` is stdin).

    With no path, the bundled A/RES/75/272. ``fmt`` overrides the detection of the
    format; ``part_of`` picks one resolution (``A``, ``B``, ...) of an AKN
    document collection; ``warn`` receives the reader's warnings. Raises
    :class:`~resolution_cli.errors.LoadError` on any problem.
    """
    if path is None:
        from resolution_cli.readers import json_reader

        return json_reader.read_trusted(bundled_path().read_text(encoding="utf-8"))
    data, name = read_bytes(path)
    resolution = parse(data, name, fmt, part_of=part_of, warn=warn)
    if str(path) != "-":
        sidecar = metadata_path(path)
        if sidecar.is_file():
            resolution = enrich(resolution, sidecar)
    return resolution


def metadata_path(path: str | Path) -> Path:
    """The metadata file that may stand beside a source: ``X.md`` -> ``X.meta.json``."""
    source = Path(path)
    return source.with_name(source.stem + ".meta.json")


def enrich(resolution: Resolution, sidecar: Path) -> Resolution:
    """Add the facts of a metadata file (``{"facts": {...}, "provenance": {...}}``).

    A fact the source already has is kept as the source prints it; every fact
    added is recorded in ``provenance`` with its origin.
    """
    import json

    from resolution_cli.readers.checked import validated

    name = str(sidecar)
    try:
        meta = json.loads(sidecar.read_text("utf-8-sig"))
        facts: dict[str, object] = dict(meta["facts"])
        origins: dict[str, str] = dict(meta.get("provenance", {}))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise LoadError(name, f"not a valid metadata file ({exc})") from None
    current = resolution.model_dump()
    added = {key: value for key, value in facts.items() if not current.get(key)}
    provenance = {**resolution.provenance}
    provenance.update({key: origins.get(key, name) for key in added})
    fields = {**current, **added, "provenance": provenance}
    return validated(fields, name, context="a fact does not fit the model")
