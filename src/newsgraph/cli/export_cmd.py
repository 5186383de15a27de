"""``newsgraph export``: write the store out as JSON lines, CSV, Parquet or GDELT's event table."""

from __future__ import annotations

from pathlib import Path

import click

from .common import LOG, db_option, setup_logging, translate_errors, verbosity_options, writable_output

FORMATS = ("jsonl", "csv", "parquet", "gdelt")
TABLES = ("events", "quotes", "entities", "corpus-events")


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True, help="jsonl: documents; csv, parquet: one table; gdelt: GDELT 2.0 event table (TSV)")
@click.option("-o", "--output", "--out", "output", type=click.Path(dir_okay=False, path_type=Path), required=True, callback=writable_output, metavar="FILE", help="the file to write")
@click.option("--table", type=click.Choice(TABLES), default="events", show_default=True, help="the table csv and parquet write")
@click.option("--header", is_flag=True, help="gdelt: start with a line of column names (GDELT's own files have none)")
@click.option("--all-modalities", "every_modality", is_flag=True, help="gdelt: also events planned, denied, possible or hypothetical (default: only what happened)")
@db_option
@verbosity_options
@translate_errors
def export_command(fmt: str, output: Path, table: str, header: bool, every_modality: bool, db: str, verbose: int, quiet: bool) -> None:
    """Write the store out to FILE: documents, a table, or GDELT's event table.

    \b
    jsonl    one document per line, as `extract --format jsonl` prints them
    csv      the rows of --table, with a header line
    parquet  the same rows, typed (lists stay lists)
    gdelt    one row per corpus event that happened, in the 61 tab-separated
             columns of GDELT 2.0's event table (columns: docs/export.md)
    """
    setup_logging(verbose, quiet)
    from ..export import export
    from ..store import open_store

    if table != "events" and fmt in ("jsonl", "gdelt"):
        raise click.UsageError(f"--table applies to csv and parquet, not to {fmt}")
    with open_store(db, create=False) as store:
        written = export(store, fmt, output, table=table, header=header, every_modality=every_modality)
    what = {"jsonl": "documents", "gdelt": "GDELT events"}.get(fmt, f"{table} rows")
    if not quiet:
        click.echo(f"wrote {written} {what} to {output}", err=True)
    LOG.debug("format %s, table %s, store %s", fmt, table, db)
