"""Progress of a long run on stderr: a bar with rate and ETA on a terminal (tqdm), plain
lines otherwise (a log file or a pipe gets one line every tenth of the run, and at least one
every ``PLAIN_SECONDS``), nothing when quiet."""

from __future__ import annotations

import sys
import time
from typing import Any, TextIO

PLAIN_SECONDS = 30.0


class Progress:
    """Counts settled inputs out of ``total`` (an estimate: a file may hold many articles)."""

    def __init__(self, total: int | None, label: str, *, enabled: bool = True, stream: TextIO | None = None, interactive: bool | None = None, refresh: float = 0.5) -> None:
        self.stream = stream or sys.stderr
        self.total = total or None
        self.label = label
        self.done = 0
        self.started = time.perf_counter()
        self.enabled = enabled
        interactive = _is_terminal(self.stream) if interactive is None else interactive
        self.bar: Any = _bar(total=self.total, desc=label, unit="article", file=self.stream, dynamic_ncols=True, leave=False, mininterval=refresh) if enabled and interactive else None
        self.step = max(1, (self.total or 100) // 10)
        self.last_line = self.started

    def __call__(self, outcome: str = "") -> None:
        self.done += 1
        if self.total is not None and self.done > self.total:
            self.total = None  # the inputs held more articles than files: no ETA any more
            if self.bar is not None:
                self.bar.total = None
        if self.bar is not None:
            self.bar.update(1)
        elif self.enabled and (self.done % self.step == 0 or time.perf_counter() - self.last_line >= PLAIN_SECONDS):
            print(self.line(), file=self.stream, flush=True)
            self.last_line = time.perf_counter()

    def line(self) -> str:
        """ "ingest: 40/120 articles, 3.1/s, ETA 26 s" (no ETA without a total)."""
        elapsed = time.perf_counter() - self.started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        of = f"/{self.total}" if self.total else ""
        eta = f", ETA {round((self.total - self.done) / rate)} s" if self.total and rate > 0 else ""
        return f"{self.label}: {self.done}{of} articles, {rate:.1f}/s{eta}"

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _bar(**options: Any) -> Any:
    from tqdm import tqdm  # imported when a bar is shown: a command that fails early never pays for it

    return tqdm(**options)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
