"""Where inputs come from: files, folders (recursive, include/exclude globs), stdin, gzip.

``plan_inputs`` lists what will be read before anything is read, so a run can say up front
which files a folder holds and which it skipped.  ``raw_inputs`` then reads each one; a gzip
input (found by its magic bytes, not its name) is decompressed transparently, with the same
size limits, and a truncated one is refused as ``truncated_archive``.

Globs: a pattern without "/" is matched against the file name, one with "/" against the path
below the folder given; ``**`` is not special (``*`` already crosses folders).  Files named on
the command line are always read.  Hidden files and the documentation files listed in
resources/ingest_ignore.tsv (README, LICENSE, *.md ...) are skipped in folders.
"""

from __future__ import annotations

import gzip
import io
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path
from typing import BinaryIO

from ..errors import BinaryInput, InputError, InputNotFound, InputTooLarge, TruncatedArchive
from ..model import Rejection
from ..settings import Settings
from .base import RawInput
from .patterns import ignored_file_globs
from .rejections import rejection_from

STDIN = "-"
GZIP_MAGIC = b"\x1f\x8b"
WARC_MAGIC = b"WARC/"


@dataclass(frozen=True, slots=True)
class InputPlan:
    """The inputs a run will read, in order, and the folder files it skips (with why)."""

    inputs: tuple[str, ...]
    skipped: tuple[tuple[str, str], ...] = ()


def _matches(relative: str, patterns: Iterable[str]) -> bool:
    name = relative.rsplit("/", 1)[-1]
    return any(fnmatchcase(relative if "/" in p else name, p) for p in patterns)


def _skip_reason(relative: str, include: tuple[str, ...], exclude: tuple[str, ...]) -> str | None:
    name = relative.rsplit("/", 1)[-1]
    if any(part.startswith(".") for part in relative.split("/")):
        return "hidden"
    if include and not _matches(relative, include):
        return "not included"
    if exclude and _matches(relative, exclude):
        return "excluded"
    if not include and any(fnmatchcase(name.lower(), g) for g in ignored_file_globs()):
        return "documentation"
    return None


def plan_inputs(paths: Iterable[str], include: Iterable[str] = (), exclude: Iterable[str] = ()) -> InputPlan:
    """Every input under ``paths``: folders expanded (sorted, recursive), files and "-" kept."""
    include, exclude = tuple(include), tuple(exclude)
    inputs: list[str] = []
    skipped: list[tuple[str, str]] = []
    for raw in paths:
        folder = Path(raw)
        if raw == STDIN or not folder.is_dir():
            inputs.append(raw)
            continue
        for file in sorted(p for p in folder.rglob("*") if p.is_file()):
            reason = _skip_reason(file.relative_to(folder).as_posix(), include, exclude)
            if reason:
                skipped.append((str(file), reason))
            else:
                inputs.append(str(file))
    return InputPlan(tuple(inputs), tuple(skipped))


def raw_inputs(plan: InputPlan, settings: Settings, stdin: BinaryIO | None = None) -> Iterator[RawInput | Rejection]:
    """The bytes of every planned input (gzip undone), or its rejection."""
    for name in plan.inputs:
        try:
            yield _raw(name, settings, stdin)
        except InputError as error:
            yield rejection_from(error, name)


def _raw(name: str, settings: Settings, stdin: BinaryIO | None) -> RawInput:
    limit = max(settings.max_input_bytes, settings.max_archive_bytes)
    if name == STDIN:
        data = (stdin or sys.stdin.buffer).read(limit + 1)
        path = None
    else:
        path = Path(name)
        data = _read_file(path, limit)
    if data.startswith(GZIP_MAGIC):
        data = gunzip(data, name, limit)
        name_hint = name[:-3] if name.lower().endswith(".gz") else name
    else:
        name_hint = name
    check_size(data, name, settings)
    return RawInput(name=name, data=data, path=path, hint=Path(name_hint).name)


def _read_file(path: Path, limit: int) -> bytes:
    source = str(path)
    if not path.exists():
        raise InputNotFound("no such file or folder", source=source)
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputTooLarge(f"{size} bytes is over the limit of {limit}", source=source)
        return path.read_bytes()
    except OSError as error:
        raise InputNotFound(f"cannot read: {error.strerror}", source=source) from error


def check_size(data: bytes, name: str, settings: Settings) -> None:
    """Archives may be up to max_archive_bytes; anything else up to max_input_bytes."""
    limit = settings.max_archive_bytes if data.startswith(WARC_MAGIC) else settings.max_input_bytes
    if len(data) > limit:
        raise InputTooLarge(f"over the limit of {limit} bytes", source=name)


def gunzip(data: bytes, name: str, limit: int) -> bytes:
    """The decompressed bytes (all members); typed errors for truncated or bogus gzip."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            out = stream.read(limit + 1)
    except EOFError as exc:
        raise TruncatedArchive("the gzip data ends early", source=name) from exc
    except (gzip.BadGzipFile, zlib.error) as exc:
        raise BinaryInput(f"starts like gzip but is not: {exc}", source=name) from exc
    if len(out) > limit:
        raise InputTooLarge(f"decompresses to more than {limit} bytes", source=name)
    return out
