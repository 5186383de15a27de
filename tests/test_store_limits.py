"""A full disk and a read-only database: clear errors with stable codes (NG305 store_full,
NG306 store_read_only) from the library, the CLI and the API, and nothing committed lost.

How each is made without root (CI runs as root, and chmod does not stop root):

- Full disk, SQLite: ``PRAGMA max_page_count`` caps the file, so a write that needs one more
  page fails with SQLITE_FULL, the result code a full file system gives.
- Read-only, SQLite: the file is opened with the URI ``mode=ro`` (``read_only=True``), so a
  write fails with SQLITE_READONLY, the code a file one may not write gives.
- Read-only, PostgreSQL: a role granted SELECT only (permission denied, SQLSTATE 42501) and a
  read-only session (``default_transaction_read_only``, SQLSTATE 25006).
- Full disk, PostgreSQL: a full disk cannot be made for a throwaway server without a mount;
  the driver's own DiskFull error (SQLSTATE 53100) checks the translation.
- A SQLite file the user may not write, in a folder they may or may not write: the library
  and the CLI run as an unprivileged user (``runuser -u nobody`` when the tests run as root,
  which needs no privilege root lacks; skipped, saying why, where that user cannot run this
  checkout's Python).
"""

from __future__ import annotations

import json

import psycopg
import pytest
from click.testing import CliRunner
from sqlalchemy.exc import OperationalError

from newsgraph.cli import cli
from newsgraph.errors import StoreFull, StoreReadOnly
from newsgraph.ingest import article_from_string
from newsgraph.model import Document, Rejection
from newsgraph.store import open_store
from newsgraph.store import backends as store_backends
from newsgraph.store.backends import backend_for
from newsgraph.store.base import CorpusRows

PAGES = 150  # the empty schema takes about 60 pages of 4 KiB; room for a few dozen articles


def _doc(n: int) -> Document:
    words = " ".join(f"harbour{n}x{k}" for k in range(150))  # about 2 KB of words the index has not seen
    return Document(article_from_string(f"The council of Port Aveline met on day {n} to discuss {words}.", source=f"a{n:03d}.txt"))


@pytest.fixture
def disk_of(monkeypatch):
    """Every SQLite connection opened from now on sees a disk of ``pages`` pages."""
    plain = store_backends._sqlite_pragmas

    def limit(pages: int | None) -> None:
        def pragmas(connection, record) -> None:
            plain(connection, record)
            if pages is not None:
                connection.execute(f"PRAGMA max_page_count={int(pages)}")

        monkeypatch.setattr(store_backends, "_sqlite_pragmas", pragmas)

    return limit


def _snapshot(url: str) -> dict:
    with open_store(url, create=False, read_only=True) as store:
        return {"counts": store.counts(), "documents": {d.article.id: d for d in store.documents()}, "problems": store.check()}


def test_a_full_disk_is_store_full_and_keeps_every_article_committed_before(disk_of, tmp_path) -> None:
    url = str(tmp_path / "full.db")
    disk_of(PAGES)
    stored = []
    with open_store(url) as store, pytest.raises(StoreFull) as raised:
        for n in range(500):
            store.add(_doc(n))
            stored.append(_doc(n).article.id)
    assert raised.value.code == "NG305" and raised.value.reason == "store_full" and "full" in raised.value.describe()
    assert 0 < len(stored) < 500
    disk_of(None)  # room again
    before = _snapshot(url)
    assert before["problems"] == [] and sorted(before["documents"]) == sorted(stored)
    assert all(before["documents"][_doc(n).article.id] == _doc(n) for n in range(len(stored)))
    with open_store(url) as store:  # the same run again: the rest is stored, nothing twice
        outcomes = [store.add(_doc(n)).outcome for n in range(len(stored) + 5)]
    assert outcomes == ["unchanged"] * len(stored) + ["stored"] * 5
    after = _snapshot(url)
    assert after["problems"] == [] and after["counts"]["articles"] == len(stored) + 5


def test_ingest_on_a_full_disk_says_so_with_its_code_and_a_rerun_finishes(disk_of, tmp_path) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    for n in range(40):
        (inputs / f"a{n:03d}.txt").write_text(_doc(n).article.text, encoding="utf-8")
    db = str(tmp_path / "full.db")
    disk_of(PAGES)
    result = CliRunner().invoke(cli, ["ingest", str(inputs), "--db", db, "-q", "--json"])
    assert result.exit_code == 3, result.output
    assert "error NG305 [store_full]" in result.stderr and "Traceback" not in result.output
    assert not isinstance(result.exception, OperationalError)
    kept = _snapshot(db)
    assert kept["problems"] == [] and 0 < kept["counts"]["articles"] < 40
    disk_of(None)
    rerun = CliRunner().invoke(cli, ["ingest", str(inputs), "--db", db, "-q", "--json"])
    assert rerun.exit_code == 0, rerun.output
    summary = json.loads(rerun.stdout)
    assert summary["unchanged"] == kept["counts"]["articles"] and summary["stored"] == 40 - kept["counts"]["articles"]
    done = _snapshot(db)
    assert done["problems"] == [] and done["counts"]["articles"] == 40
    assert all(done["documents"][article_id] == doc for article_id, doc in kept["documents"].items())


def _filled(url: str) -> None:
    with open_store(url) as store:
        for n in range(3):
            store.add(_doc(n))
        store.add_rejection(Rejection("bad.bin", "NG103", "binary", "binary input"))


def _every_write_is_refused(store) -> None:
    writes = (
        lambda: store.add(_doc(9)),
        lambda: store.add_rejection(Rejection("other.bin", "NG103", "binary", "binary input")),
        lambda: store.replace_corpus(CorpusRows()),
        lambda: store.replace(_doc(0)),
    )
    for write in writes:
        with pytest.raises(StoreReadOnly) as raised:
            write()
        assert raised.value.code == "NG306" and raised.value.reason == "store_read_only"


def test_a_store_opened_read_only_reads_and_refuses_every_write(store_url) -> None:
    _filled(store_url)
    before = _snapshot(store_url)
    with open_store(store_url, create=False, read_only=True) as store:
        assert store.counts()["articles"] == 3 and len(store.articles(search="Aveline")) == 3
        _every_write_is_refused(store)
        assert store.check() == []
    assert _snapshot(store_url) == before


def test_a_missing_store_is_not_created_read_only(tmp_path) -> None:
    from newsgraph.errors import StoreMissing

    with pytest.raises(StoreMissing):
        open_store(str(tmp_path / "none.db"), read_only=True)
    assert not (tmp_path / "none.db").exists()


def test_a_sqlite_file_name_with_uri_characters_stays_a_file_name(tmp_path) -> None:
    url = str(tmp_path / "odd?mode=rwc#name.db")
    _filled(url)
    with open_store(url, create=False, read_only=True) as store:
        assert store.counts()["articles"] == 3
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".db") == ["odd?mode=rwc#name.db"]


def _reader_url(server, url: str) -> str:
    """The URL of ``url``'s database for a role that may only read it."""
    database = url.split("@/", 1)[1].split("?", 1)[0]
    with psycopg.connect(host=server.socket_dir, user="test", dbname=database, autocommit=True) as conn:
        conn.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'reader') THEN CREATE ROLE reader LOGIN; END IF; END $$")
        conn.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader")
    return url.replace("postgresql://test@", "postgresql://reader@")


def test_postgresql_a_role_that_may_only_read_gets_store_read_only(postgres_server, tmp_path) -> None:
    url = postgres_server.new_database("ro")
    _filled(url)
    before = _snapshot(url)
    reader = _reader_url(postgres_server, url)
    with open_store(reader, create=False) as store:  # the schema is current: opening writes nothing
        assert store.counts()["articles"] == 3
        _every_write_is_refused(store)
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "new.txt").write_text(_doc(7).article.text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", str(inputs), "--db", reader, "-q"])
    assert result.exit_code == 3 and "error NG306 [store_read_only]" in result.stderr, result.output
    assert _snapshot(url) == before


def test_postgresql_disk_full_is_store_full() -> None:
    failure = OperationalError("INSERT ...", {}, psycopg.errors.DiskFull("could not extend file: No space left on device"))
    error = backend_for("postgresql://someone@/db?host=/nowhere").write_error(failure)
    assert isinstance(error, StoreFull) and error.code == "NG305" and "No space left" in error.message
    assert backend_for("postgresql://someone@/db").write_error(OperationalError("SELECT 1", {}, psycopg.errors.QueryCanceled("cancelled"))) is None


# --- a SQLite file the user may not write, as an unprivileged user ----------------------------

UNPRIVILEGED = "nobody"
CLI = "from newsgraph.cli import main; main()"
LIBRARY = """
import json, sys
from newsgraph.errors import NewsgraphError
from newsgraph.model import Rejection
from newsgraph.store import open_store
out = {}
for what in ("read", "write"):
    try:
        with open_store(sys.argv[1], create=what == "write") as store:
            if what == "read":
                out[what] = [store.counts()["articles"], store.check(), store.size_bytes() > 0]
            else:
                out[what] = store.add_rejection(Rejection("x.bin", "NG103", "binary", "binary"))
    except NewsgraphError as error:
        out[what] = error.code
print(json.dumps(out))
"""


def _unprivileged_python() -> list[str]:
    """A command that runs this checkout's Python as a user who is not root, and who so is
    stopped by file permissions (CI runs as root, whom chmod does not stop); skipped, saying
    why, where no such user can run it."""
    import os
    import shutil
    import site
    import subprocess
    import sys

    from tests.conftest import ROOT

    path = os.pathsep.join([str(ROOT / "src"), str(ROOT), *site.getsitepackages()])
    if os.geteuid() != 0:
        return ["env", f"PYTHONPATH={path}", sys.executable]
    if shutil.which("runuser") is None:
        pytest.skip("root without runuser: no way to run as an unprivileged user")
    wanted = f"{sys.version_info[0]}.{sys.version_info[1]}"
    for python in (sys.executable, os.path.realpath(sys.executable), f"/usr/bin/python{wanted}"):
        command = ["runuser", "-u", UNPRIVILEGED, "--", "env", f"PYTHONPATH={path}", python]
        probe = subprocess.run([*command, "-c", "import sys, newsgraph.store; print('%d.%d' % sys.version_info[:2])"], capture_output=True, text=True, timeout=60)
        if probe.returncode == 0 and probe.stdout.strip() == wanted:
            return command
    pytest.skip(f"user {UNPRIVILEGED} cannot run Python {wanted} with this checkout (its folders are not readable to others)")


def _shared_folder(owner: str | None) -> str:
    """A folder under the system's temporary folder that others may enter; owned by ``owner``."""
    import os
    import shutil
    import tempfile

    folder = tempfile.mkdtemp(prefix="newsgraph-ro-")
    os.chmod(folder, 0o755)
    if owner is not None and os.geteuid() == 0:
        shutil.chown(folder, owner)
    return folder


def test_a_sqlite_file_the_user_may_not_write_is_read_and_never_written() -> None:
    import os
    import shutil
    import subprocess

    python = _unprivileged_python()
    for folder_owner, readable in ((UNPRIVILEGED, True), (None, False)):
        folder = _shared_folder(folder_owner)
        try:
            inputs = os.path.join(folder, "inputs")
            os.mkdir(inputs)
            with open(os.path.join(inputs, "new.txt"), "w", encoding="utf-8") as new:
                new.write(_doc(7).article.text)
            db = os.path.join(folder, "store.db")
            _filled(db)
            before = _snapshot(db)
            for side in ("-wal", "-shm"):  # left by the read-only snapshot; the log is empty
                if os.path.exists(db + side):
                    assert side == "-shm" or os.path.getsize(db + side) == 0
                    os.remove(db + side)
            os.chmod(db, 0o444)
            if not readable:
                os.chmod(folder, 0o555)  # a WAL database's -shm file cannot be made beside it
            library = subprocess.run([*python, "-c", LIBRARY, db], capture_output=True, text=True, timeout=120)
            assert library.returncode == 0, library.stderr[-2000:]
            opened = json.loads(library.stdout)
            listing = subprocess.run([*python, "-c", CLI, "articles", "--db", db, "--format", "json"], capture_output=True, text=True, timeout=120)
            ingest = subprocess.run([*python, "-c", CLI, "ingest", inputs, "--db", db, "-q"], capture_output=True, text=True, timeout=120)
            if readable:  # reading commands read it; writing ones are refused at once
                assert opened == {"read": [3, [], True], "write": "NG306"}
                assert listing.returncode == 0 and len(json.loads(listing.stdout)) == 3, listing.stderr
            else:  # nothing can be read either: said so, not "not a SQLite database"
                assert opened == {"read": "NG306", "write": "NG306"}
                assert listing.returncode == 3 and "NG306" in listing.stderr and "-shm" in listing.stderr
            assert ingest.returncode == 2 and "error NG306 [store_read_only]" in ingest.stderr and "Traceback" not in ingest.stderr
            os.chmod(folder, 0o755)
            assert _snapshot(db) == before
        finally:
            os.chmod(folder, 0o755)
            shutil.rmtree(folder, ignore_errors=True)
