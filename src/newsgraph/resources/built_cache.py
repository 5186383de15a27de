"""Indexes built from the packaged data, kept on disk so each process does not rebuild them.

An index that takes seconds to build (the GeoNames cities by name, the Phoenix actor names)
is built by the first process that needs it and pickled into the cache folder
(``NEWSGRAPH_CACHE_DIR``, else the user's cache folder); every later process, such as each
worker of a pool, loads the finished file in a fraction of the time and memory the build
takes.  The file name carries a digest of everything the index is made from (the code that
builds it, its data files, the versions of the packages it reads), so a change to any of them
builds a new file.  The file is written under a temporary name and moved into place; a cache
that cannot be read or written is skipped, never an error (the index is then built here).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from .gazetteer_index import default_cache_dir

T = TypeVar("T")
FORMAT = "1"  # change when the way indexes are stored changes


def cache_folder() -> Path:
    configured = os.environ.get("NEWSGRAPH_CACHE_DIR")
    return Path(configured) if configured else default_cache_dir()


def digest_of(parts: Iterable[Any]) -> str:
    """16 hex digits over strings, bytes and the contents of files (paths or package resources)."""
    digest = hashlib.sha256(f"{FORMAT}|{sys.version_info[:2]}".encode())
    for part in parts:
        data = part.read_bytes() if hasattr(part, "read_bytes") else part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()[:16]


def built(name: str, origin: Iterable[Any], build: Callable[[], T]) -> T:
    """``build()``'s result, from the cache folder when a process built it already."""
    path = cache_folder() / f"{name}-{digest_of(origin)}.pickle"
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass  # not built yet (or unreadable): build it here
    value = build()
    _store(path, value)
    return value


def _store(path: Path, value: object) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=f".{path.stem}-", delete=False) as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
    except OSError:
        return  # a read-only or full cache folder: the next process builds it again
