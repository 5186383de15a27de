"""A throwaway PostgreSQL server for the tests and the store benchmark.

Debian's ``postgresql`` package: ``initdb`` in a temporary folder (as the postgres user under
``runuser`` when we are root, since initdb refuses root), listening only on a Unix socket in
that folder (no TCP), stopped and removed afterwards.  ``.ci/run`` installs the package.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from typing import Iterator

USER = "test"


def find_bindir() -> str | None:
    """The bin folder of the newest PostgreSQL installed the Debian way, or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[-3]) if p.split("/")[-3].isdigit() else 0)
    return os.path.dirname(found[-1]) if found else None


@dataclass
class Server:
    socket_dir: str
    _numbers: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{USER}@/{database}?host={self.socket_dir}"

    def new_database(self, prefix: str = "t") -> str:
        """A new empty database; its URL."""
        import psycopg

        name = f"{prefix}_{os.getpid()}_{next(self._numbers)}"
        with psycopg.connect(host=self.socket_dir, user=USER, dbname="postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


@contextlib.contextmanager
def running_postgres(bindir: str, fsync: bool = False) -> Iterator[Server]:
    """Start a server in a new temporary folder; stop it and remove the folder on exit."""
    root = tempfile.mkdtemp(prefix="ngpg-")
    data = os.path.join(root, "data")
    as_postgres: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
        as_postgres = ["runuser", "-u", "postgres", "--"]
    options = f"-k {root} -c listen_addresses='' -c fsync={'on' if fsync else 'off'}"
    try:
        _run(as_postgres + [f"{bindir}/initdb", "-D", data, "-A", "trust", "-U", USER, "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"])
        _run(as_postgres + [f"{bindir}/pg_ctl", "-D", data, "-l", os.path.join(root, "log"), "-w", "-o", options, "start"])
        try:
            yield Server(root)
        finally:
            _run(as_postgres + [f"{bindir}/pg_ctl", "-D", data, "-w", "-m", "fast", "stop"])
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _run(command: list[str]) -> None:
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:4])} failed: {done.stderr.strip() or done.stdout.strip()}")
