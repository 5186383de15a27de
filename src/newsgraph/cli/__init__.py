"""The ``newsgraph`` command line: thin shells over the library, one module per command group.

Each command parses its options, makes one library call and turns errors into the exit codes
of INTERFACE.md: 0 all well, 1 some inputs rejected, 2 usage error, 3 nothing processed.
"""

from __future__ import annotations

import click

from .. import __version__
from .eval_cmd import eval_command
from .export_cmd import export_command
from .extract_cmd import extract_command
from .ingest_cmd import ingest_command
from .query_cmd import QUERY_COMMANDS
from .serve_cmd import serve_command
from .store_cmd import check_command, reprocess_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsgraph")
def cli() -> None:
    """newsgraph: news articles in, source-attributed event data out.

    Every claim in the output is a span of the article text: who is named, who said what,
    when, where, and according to whom.
    """


cli.add_command(extract_command)
cli.add_command(ingest_command)
cli.add_command(eval_command)
cli.add_command(reprocess_command)
cli.add_command(check_command)
cli.add_command(export_command)
cli.add_command(serve_command)
for _command in QUERY_COMMANDS:
    cli.add_command(_command)


def main() -> None:
    cli(prog_name="newsgraph")
