"""The corpus index's schema: the one place that defines its tables, and its version.

The index is one SQLite file. ``PRAGMA application_id`` marks it as ours and
``PRAGMA user_version`` holds :data:`VERSION`: an index made by another version
is never read (the reader would misread it); ``corpus add --rebuild`` makes it
anew. Bump :data:`VERSION` whenever a table or a stored format changes (3: the
folded text of Arabic and Chinese, sessions from the FRBR work).

Tables:

- ``files``: each source indexed (a file, or ``ARCHIVE.zip!MEMBER``) with the
  SHA-256 of its content, so that an unchanged file is skipped;
- ``resolutions``: one row per resolution and language, its metadata (``work``: the
  FRBR work URI without its ``/!main``, the same in every language version), and
  ``model``: the resolution's model JSON (zlib), from which ``--res`` rebuilds the
  very ``Resolution`` the reader made;
- ``clauses``: one row per clause with what search needs (id, part, section,
  annex, lead phrase, the text grep matches: ``all_text()``, and the headings printed
  before it: a section's or annex's heading before its first clause, then its own);
  ``clauses_fts`` is its FTS5 index (external content, kept by triggers) of the text
  as ``textfold.fold`` folds it (``norm_text``/``norm_headings``, NULL when folding
  changes nothing: Arabic without marks, each Han character a token);
- ``sponsors``, ``refs`` (every reference ``references.find_references`` finds, each part of a
  joint symbol on its own row), ``votes`` (each State's recorded vote);
- ``terms``: a copy of the FTS5 vocabulary, for partial words (see ``fts``); ``meta``.
"""

from __future__ import annotations

import sqlite3

#: The schema version, stored in PRAGMA user_version.
VERSION = 3
#: PRAGMA application_id of a resolution-cli index ("RCLI" in ASCII).
APPLICATION_ID = 0x52434C49
#: The FTS5 tokenizer: case folded, diacritics removed (é = e).
TOKENIZER = "unicode61 remove_diacritics 2"

DDL = f"""
CREATE TABLE files (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    indexed_at TEXT NOT NULL
);
CREATE INDEX files_sha ON files(sha256);

CREATE TABLE resolutions (
    id INTEGER PRIMARY KEY,
    file_id INTEGER NOT NULL REFERENCES files(id),
    symbol TEXT NOT NULL,
    lang TEXT NOT NULL,
    number TEXT NOT NULL,
    session INTEGER,
    ordinal INTEGER NOT NULL,
    letter TEXT NOT NULL,
    title TEXT NOT NULL,
    adopted TEXT,
    adoption_type TEXT,
    recorded_vote INTEGER NOT NULL,
    in_favour INTEGER,
    against INTEGER,
    abstaining INTEGER,
    clause_count INTEGER NOT NULL,
    model BLOB NOT NULL,
    work TEXT,
    UNIQUE (symbol, lang)
);
CREATE INDEX resolutions_file ON resolutions(file_id);
CREATE INDEX resolutions_work ON resolutions(work);
CREATE INDEX resolutions_order ON resolutions(session, ordinal, letter);

CREATE TABLE clauses (
    id INTEGER PRIMARY KEY,
    resolution_id INTEGER NOT NULL REFERENCES resolutions(id),
    seq INTEGER NOT NULL,
    cid TEXT NOT NULL,
    part TEXT NOT NULL,
    section TEXT,
    annex TEXT,
    article TEXT,
    verb TEXT NOT NULL,
    text TEXT NOT NULL,
    headings TEXT NOT NULL,
    norm_text TEXT,
    norm_headings TEXT
);
CREATE INDEX clauses_resolution ON clauses(resolution_id, seq);

CREATE VIRTUAL TABLE clauses_fts USING fts5(
    text, headings, content='clauses', content_rowid='id', tokenize='{TOKENIZER}'
);
CREATE VIRTUAL TABLE clauses_vocab USING fts5vocab(clauses_fts, 'row');
CREATE TRIGGER clauses_ai AFTER INSERT ON clauses BEGIN
    INSERT INTO clauses_fts(rowid, text, headings)
    VALUES (new.id, coalesce(new.norm_text, new.text), coalesce(new.norm_headings, new.headings));
END;
CREATE TRIGGER clauses_ad AFTER DELETE ON clauses BEGIN
    INSERT INTO clauses_fts(clauses_fts, rowid, text, headings)
    VALUES ('delete', old.id, coalesce(old.norm_text, old.text),
            coalesce(old.norm_headings, old.headings));
END;

-- The indexed terms, copied from clauses_vocab when an add ends (fts5vocab is slow to
-- scan); meta 'terms' = 'fresh' says the copy is whole, else clauses_vocab is read.
CREATE TABLE terms (term TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE sponsors (
    resolution_id INTEGER NOT NULL REFERENCES resolutions(id),
    name TEXT NOT NULL,
    additional INTEGER NOT NULL
);
CREATE INDEX sponsors_resolution ON sponsors(resolution_id);
CREATE INDEX sponsors_name ON sponsors(name COLLATE NOCASE);

CREATE TABLE refs (
    resolution_id INTEGER NOT NULL REFERENCES resolutions(id),
    location TEXT NOT NULL,
    cid TEXT NOT NULL,
    written TEXT NOT NULL,
    normalized TEXT NOT NULL,
    document TEXT NOT NULL,
    kind TEXT NOT NULL
);
CREATE INDEX refs_resolution ON refs(resolution_id);
CREATE INDEX refs_normalized ON refs(normalized);
CREATE INDEX refs_document ON refs(document);

CREATE TABLE votes (
    resolution_id INTEGER NOT NULL REFERENCES resolutions(id),
    state TEXT NOT NULL,
    vote TEXT NOT NULL
);
CREATE INDEX votes_resolution ON votes(resolution_id);
CREATE INDEX votes_state ON votes(state COLLATE NOCASE);
"""


class SchemaMismatch(Exception):
    """The file is not an index of this schema version (the message says what it is)."""


def create(conn: sqlite3.Connection) -> None:
    """Create every table in an empty database and stamp it with the version."""
    conn.executescript(
        f"BEGIN; {DDL} PRAGMA application_id = {APPLICATION_ID}; "
        f"PRAGMA user_version = {VERSION}; COMMIT;"
    )


def state(conn: sqlite3.Connection) -> str:
    """'empty', 'current', or a description of what else the file is."""
    app = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if app == 0 and version == 0 and tables == 0:
        return "empty"
    if app != APPLICATION_ID:
        return "not a resolution-cli index"
    if version != VERSION:
        return f"an index of schema version {version} (this resolution-cli reads version {VERSION})"
    return "current"
