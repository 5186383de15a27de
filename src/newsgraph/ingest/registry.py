"""The reader registry: built-in readers and those of installed plugins, chosen by content.

Readers register the way stages do: through the ``newsgraph.readers`` entry-point group, each
entry naming a factory ``make(settings) -> Reader``.  The table below is the fallback for a
source tree that was not installed.  Each reader says how sure it is that an input is its
format (``detect``, mostly from the first bytes, the file name only as a tie-breaker); the
surest wins, and plain text is the fallback.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib.metadata import entry_points
from types import MappingProxyType

from ..plugins import load_target
from ..settings import Settings
from .base import RawInput, Reader

ReaderFactory = Callable[[Settings], Reader]

BUILTIN_READERS: Mapping[str, str] = MappingProxyType(
    {
        "warc": "newsgraph.ingest.warc:make",
        "feed": "newsgraph.ingest.feed:make",
        "json": "newsgraph.ingest.jsonl:make",
        "html": "newsgraph.ingest.html:make",
        "text": "newsgraph.ingest.text:make",
    }
)


def available_readers() -> dict[str, ReaderFactory]:
    """Every reader factory by name: installed entry points, then built-ins not among them."""
    found: dict[str, ReaderFactory] = {}
    for entry in entry_points(group="newsgraph.readers"):
        found.setdefault(entry.name, entry.load())
    for name, target in BUILTIN_READERS.items():
        found.setdefault(name, load_target(target))
    return found


def build_readers(settings: Settings) -> tuple[Reader, ...]:
    """One instance of every available reader."""
    return tuple(factory(settings) for factory in available_readers().values())


def choose_reader(raw: RawInput, readers: tuple[Reader, ...]) -> Reader:
    """The reader surest of ``raw`` (the first one on a tie); text when none is sure."""
    best = max(readers, key=lambda reader: reader.detect(raw))
    if best.detect(raw) > 0:
        return best
    return next(r for r in readers if r.name == "text")
