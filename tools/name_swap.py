"""The name-swap suite: the engine's output on the project's example articles and test texts,
and on the same texts with every person, outlet, place and weapon name replaced by invented
names on no list, must be the same up to the names.

    .venv/bin/python tools/name_swap.py [--variants 2] [--limit N] [--show]

Prints the share of entities (with their types), quote speakers (with via) and event roles
kept, over how many swapped names (see newsgraph/eval/nameswap.py).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsgraph import Pipeline
from newsgraph.eval import nameswap
from newsgraph.ingest import article_from_string

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--variants", type=int, default=2, help="swaps per text (different invented names)")
    parser.add_argument("--limit", type=int, default=None, help="read only the first N texts")
    parser.add_argument("--show", action="store_true", help="list what changed")
    args = parser.parse_args()
    pipeline = Pipeline()
    texts = nameswap.project_texts(ROOT)[: args.limit]
    tally = nameswap.run(texts, lambda text: pipeline.run(article_from_string(text)), args.variants)
    print(f"texts: {len(texts)}  swapped names: {tally.swapped}")
    for kind in ("entities", "quote_speakers", "event_roles"):
        print(f"{kind:15} {tally.share(kind):.3f}  ({tally.kept[kind]}/{tally.total[kind]})")
    print(f"{'all':15} {tally.share():.3f}")
    if args.show:
        print("\n".join(tally.changes))


if __name__ == "__main__":
    main()
