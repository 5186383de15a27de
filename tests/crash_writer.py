"""The writer of the crash test: ingests a folder into a store with a cheap, deterministic
pipeline (no model), so it can be killed and started again many times in a few seconds.

    python -m tests.crash_writer DB_URL FOLDER

The synthetic stage makes entities (capitalized words), times, events and flags from the
text, so every article has rows in each annotation table.
"""

from __future__ import annotations

import re
import sys
import time
from dataclasses import replace

from newsgraph.engines import ingest_paths
from newsgraph.model import Actor, Analysis, Document, Entity, Event, Flag, Span, TimeExpr
from newsgraph.pipeline import Pipeline
from newsgraph.settings import Settings
from newsgraph.store import open_store

_NAME = re.compile(r"\b[A-Z][a-z]+\b")


class SyntheticAnalyzer:
    description = "synthetic-1"

    def analyze(self, text: str) -> Analysis:
        return Analysis(text=text, model=self.description)

    def analyze_many(self, texts):
        for text in texts:
            yield self.analyze(text)


class SyntheticStage:
    name = "synthetic"
    requires = frozenset()
    provides = frozenset({"entities", "times", "events", "flags"})

    def __init__(self, pause: float) -> None:
        self.pause = pause

    def __call__(self, doc: Document, analysis: Analysis) -> Document:
        time.sleep(self.pause)  # spread the run over time, so kills land mid-run
        text = doc.article.text
        found = {}
        for match in _NAME.finditer(text):
            found.setdefault(match.group(), Span(match.start(), match.end(), match.group()))
        entities = tuple(Entity(f"e{n}", name, "PERSON", (span,)) for n, (name, span) in enumerate(found.items(), 1))
        first = entities[0].mentions[0]
        day = f"2024-05-{len(text) % 28 + 1:02d}"
        events = tuple(
            Event(f"v{n}", "CONSULT", e.mentions[0], e.mentions[0], actor=Actor(e.id, e.name, None), date=day) for n, e in enumerate(entities[:3], 1)
        )
        times = (TimeExpr("t1", first, "DATE", day),)
        flags = (Flag("synthetic", "a flag on every article", (day,)),)
        return replace(doc, entities=entities, times=times, events=events, flags=flags)


def main(url: str, folder: str, pause: float = 0.004) -> None:
    pipeline = Pipeline(Settings.load({"batch_size": 4}), stages=[SyntheticStage(pause)], analyzer=SyntheticAnalyzer())
    with open_store(url) as store:
        summary = ingest_paths([folder], store, pipeline)
    print(summary.to_dict())


if __name__ == "__main__":
    main(*sys.argv[1:3])
