"""A repeatable precision audit by hand of the events on unseen news (BBC, Reuters wire).

    # 1. draw the sample, run the pipeline, write the judging sheet OUTSIDE the repository
    .venv/bin/python tools/events_audit.py sheet ../shared/eval/raw-news/bbc-news-2225/politics \\
        --out ../audit-sheet.txt --skeleton ../audit-skeleton.tsv \\
        [--verdicts eval/audits/events-bbc-politics-after.tsv]
    # 2. judge every event (read the sheet), keep the verdicts in eval/audits/
    # 3. the figures
    .venv/bin/python tools/events_audit.py score eval/audits/events-bbc-politics-after.tsv

``sheet --fresh-from eval/audits --seed S --size N`` draws a fresh sample: only from articles
that no verdicts file there holds (the corpus has too few left for a seed whose whole sample
misses them all).

The folder may also be the Reuters-21578 one (``reut2-*.sgm``): the sample is then drawn from
its stories fit to judge (tools/reuters_stories.py), each read with its wire date, with ids
``reuters/<NEWID>``. Or a folder of TimeML files (``*.tml``, as TempEval-3's TimeBank and
AQUAINT): each document is read as its text with its creation date, with ids
``<folder>/<DOCID file name>`` ("TimeBank/AP900815-0044").  Or the geoparsing gold (its folder,
or the GeoWebNews or LGL XML file): its news articles, LGL's with their download date, with ids
``gwn/<file>`` and ``lgl/<docid>``.

The sample is SAMPLE_SIZE articles drawn with ``random.Random(SEED)`` from the sorted file
names of the folder (a file whose text repeats an earlier file's is left out first, since the
corpus holds duplicates). Articles are read by the text reader as ``newsgraph extract`` reads
files, with no article date (the corpus gives none) unless ``--date`` is given.

The sheet holds article text, so it must never be committed. A verdicts file holds no article
text beyond trigger words: tab-separated, with the header
``article_id  event_id  trigger_text  verdict  reason``:

- one row per event (trigger_text: the trigger's first six words at most): verdict ``right``,
  ``half`` or ``wrong``; for half and wrong the reason
  opens with the failure classes joined by ``+`` and a colon (``actor: the victim's country``);
- one row per key event the pipeline missed: event_id and trigger_text ``-``, verdict
  ``missed``, the reason opening with the PLOVER type (``PROTEST: march against the bill``);
- one row for an article judged with no event coded and none missed: event_id and
  trigger_text ``-``, verdict ``nothing``, so that a fresh sample does not draw it again.

Judging rules (EVALUATION.md): right when type, actor, recipient, modality and date are all
right; half when the type and actor are right and exactly one of recipient, date and modality
is wrong; wrong when the type is wrong, it is no event, the actor is wrong, the event repeats
one already coded in the article, or two or more of recipient, date and modality are wrong.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import random
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))
import reuters_stories  # noqa: E402  (a sibling module of this script)

SEED = 9
SAMPLE_SIZE = 25
HEADER = ("article_id", "event_id", "trigger_text", "verdict", "reason")
VERDICTS = ("right", "half", "wrong")
MISSED = "missed"
NOTHING = "nothing"  # an article judged with no event coded and no key event missed
# A half verdict names exactly one of these; any other class makes the event wrong.
HALF_CLASSES = frozenset({"recipient", "date", "modality"})
WRONG_ONLY_CLASSES = frozenset({"type", "no-event", "actor", "duplicate"})
CLASSES = HALF_CLASSES | WRONG_ONLY_CLASSES
# Trigger words only: a longer field would be article text in the repository, so a long
# trigger span is kept (and matched) by its first words.
MAX_TRIGGER_WORDS = 6


def trigger_words(text: str) -> str:
    """The trigger_text of a verdict: the trigger's first MAX_TRIGGER_WORDS words."""
    return " ".join(text.split()[:MAX_TRIGGER_WORDS])


def _match_key(article_id: str, event_id: str, trigger: str) -> tuple[str, str, str]:
    return (article_id, event_id, trigger_words(trigger).lower())


# ---------------------------------------------------------------- the sample


def draw_sample(folder: Path, seed: int = SEED, size: int = SAMPLE_SIZE, judged: frozenset[str] = frozenset()) -> list[Any]:
    """``size`` files of ``folder`` drawn with ``seed`` from the sorted, de-duplicated names,
    leaving out the articles ``judged`` already (article ids, as in a verdicts file).  A folder
    of Reuters-21578 SGML files gives its stories instead (reuters_stories.py), in NEWID order."""
    read = _story_reader(folder)
    if read is not None:
        stories = [story for story in read(folder) if story.key not in judged]
        if len(stories) < size:
            raise SystemExit(f"{folder} holds {len(stories)} stories fit to judge, fewer than {size}")
        return sorted(random.Random(seed).sample(stories, size), key=_story_order)
    seen: set[str] = set()
    unique: list[Path] = []
    for path in sorted(folder.glob("*.txt")):
        digest = hashlib.sha1(path.read_bytes().strip()).hexdigest()
        if digest not in seen:
            seen.add(digest)
            if article_key(path) not in judged:
                unique.append(path)
    if len(unique) < size:
        raise SystemExit(f"{folder} holds {len(unique)} distinct articles, fewer than {size}")
    return sorted(random.Random(seed).sample(unique, size))


def timeml_stories(folder: Path) -> list[reuters_stories.Story]:
    """The documents of a folder of TimeML files, each with its text and creation date."""
    from newsgraph.eval.timex import read_tml

    return [reuters_stories.Story(f"{folder.name}/{path.stem}", doc.dct, doc.text) for path in sorted(folder.glob("*.tml")) for doc in (read_tml(path),)]


def _story_reader(folder: Path) -> Callable[[Path], list[reuters_stories.Story]] | None:
    """The reader of a folder of stories (Reuters-21578, TimeML, the geoparsing gold: a GeoWebNews
    or LGL XML file, or a folder holding one), or None for a folder of text files."""
    if reuters_stories.is_collection(folder):
        return reuters_stories.read_stories
    if any(folder.glob("*.tml")):
        return timeml_stories
    if (folder.suffix == ".xml" and folder.is_file()) or any(folder.glob("*/GWN.xml")) or any(folder.glob("*/lgl.xml")):
        return geoparsing_stories
    return None


def geoparsing_stories(path: Path) -> list[reuters_stories.Story]:
    """The news articles of the geoparsing gold (GeoWebNews, LGL), each with its download date
    when the corpus gives one (LGL), ids ``gwn/<file>`` and ``lgl/<docid>``.  Only the texts are
    read: the toponyms are not shown."""
    from newsgraph.eval.geo import read_gold

    return [
        reuters_stories.Story(article.text.doc_id.replace("-", "/", 1), article.text.date or "", article.text.text)
        for articles in read_gold(path).values()
        for article in articles
        if article.text.text.strip()
    ]


def _story_order(story: reuters_stories.Story) -> tuple[int, str]:
    """Reuters stories in NEWID order, others by id."""
    number = story.key.split("/")[1]
    return (int(number), "") if number.isdigit() else (0, story.key)


def article_key(path: Path) -> str:
    """The article id of a verdicts file: the folder's name and the file's name."""
    return f"{path.parent.name}/{path.name}"


def run_pipeline(paths: Sequence[Any], date: str | None) -> Iterator[tuple[str, dict[str, Any] | None, str]]:
    """(article id, document as a dict or None, rejection message) per path or story, in order.
    A story is read as its text with its wire date, unless ``date`` is given."""
    from newsgraph.ingest import read_bytes, read_inputs
    from newsgraph.pipeline import Pipeline, parse_date_argument
    from newsgraph.settings import Settings

    settings = Settings.load()
    pipeline = Pipeline(settings)
    # One path at a time keeps the ids paired with their files whatever the reader yields.
    for path in paths:
        if isinstance(path, reuters_stories.Story):
            key, inputs, day = path.key, read_bytes(path.text.encode("utf-8"), path.key, settings), date or path.date or None
        else:
            key, inputs, day = article_key(path), read_inputs([str(path)], settings), date
        items = list(pipeline.run_many(inputs, parse_date_argument(day)))
        docs = [item.to_dict() for item in items if hasattr(item, "to_dict") and hasattr(item, "events")]
        if docs:
            yield key, docs[0], ""
        else:
            yield key, None, "; ".join(f"{getattr(i, 'code', '')}: {getattr(i, 'message', i)}" for i in items)


# ---------------------------------------------------------------- the sheet


def _entity_names(doc: dict[str, Any]) -> dict[str, str]:
    return {entity["id"]: entity.get("name", "") for entity in doc.get("entities", [])}


def _role(role: dict[str, Any] | None, names: dict[str, str]) -> str:
    extras = [str(role[key]) for key in ("country", "sector", "code") if role and role.get(key)]
    if not role or not (role.get("name") or role.get("entity")):
        return f"- ({', '.join(extras)})" if extras else "-"  # a side known only by its country
    name = role.get("name") or role.get("entity")
    linked = names.get(role.get("entity") or "")
    if linked and linked != name:
        name = f"{name} [= {linked}]"  # "its board [= Caesars World Inc]": the entity the words stand for
    return f"{name} ({', '.join(extras)})" if extras else str(name)


def _date(event: dict[str, Any]) -> str:
    value = event.get("date") or "-"
    source = event.get("date_source")
    return f"{value} [{source}]" if source else str(value)


def _roles(role: dict[str, Any] | None, others: list[dict[str, Any]] | None, names: dict[str, str]) -> str:
    """A role and the other members of a joint role ("A + B")."""
    return " + ".join([_role(role, names)] + [_role(other, names) for other in others or []])


def _quote_speakers(doc: dict[str, Any], names: dict[str, str]) -> dict[str, str]:
    """Quote id -> "id (speaker)", to show whose claim an event inside a quote is."""
    return {quote["id"]: f"{quote['id']} ({quote.get('speaker_name') or names.get(quote.get('speaker'), '?')})" for quote in doc.get("quotes", [])}


def event_lines(event: dict[str, Any], names: dict[str, str], quotes: dict[str, str], verdict: str | None) -> list[str]:
    """The sheet lines of one event: every field a verdict needs, then its verdict if known."""
    place = event.get("place")
    lines = [
        f"[{event['id']}] {event.get('type')}  mode={event.get('mode') or '-'}  cameo={event.get('cameo') or '-'}  confidence={event.get('confidence')}",
        f"    actor: {_roles(event.get('actor'), event.get('co_actors'), names)}",
        f"    recipient: {_roles(event.get('recipient'), event.get('co_recipients'), names)}",
        f"    date: {_date(event)}   place: {names.get(place, place) if place else '-'}   modality: {event.get('modality')}",
        f"    reported_by: {', '.join(event.get('reported_by') or []) or '-'}   quote: {quotes.get(event.get('quote'), event.get('quote')) or '-'}",
        f"    trigger: {event['trigger']['text']!r} @{event['trigger']['start']}",
        f"    evidence: {event['evidence']['text'].strip()}",
    ]
    lines += [f"    also: {mention['text'].strip()}" for mention in event.get("mentions") or []]
    if verdict:
        lines.append(f"    verdict on file: {verdict}")
    return lines


def article_block(key: str, doc: dict[str, Any] | None, problem: str, verdicts: dict[tuple[str, str, str], str]) -> list[str]:
    lines = [f"{'=' * 30} {key} {'=' * 30}"]
    if doc is None:
        return lines + [f"REJECTED: {problem}", ""]
    article = doc["article"]
    date = article.get("date") or {}
    lines += [f"title: {article.get('title')}", f"article date: {date.get('value', '-')} ({date.get('source', 'none')})", "", article["text"], ""]
    events = doc.get("events", [])
    lines.append(f"--- {len(events)} events ---")
    names = _entity_names(doc)
    quotes = _quote_speakers(doc, names)
    for event in events:
        lines += event_lines(event, names, quotes, verdicts.get(_match_key(key, event["id"], event["trigger"]["text"])))
    return lines + [""]


def skeleton_rows(key: str, doc: dict[str, Any] | None) -> Iterator[tuple[str, ...]]:
    for event in (doc or {}).get("events", []):
        yield (key, event["id"], trigger_words(event["trigger"]["text"]), "", "")


def judged_articles(folder: Path) -> frozenset[str]:
    """The article ids of every verdicts file in ``folder`` (``eval/audits``): a fresh sample
    draws from the others."""
    return frozenset(row.article_id for path in sorted(folder.glob("*.tsv")) for row in read_rows(path))


def write_sheet(args: argparse.Namespace) -> None:
    judged = judged_articles(Path(args.fresh_from)) if args.fresh_from else frozenset()
    sample = draw_sample(Path(args.folder), args.seed, args.size, judged)
    verdicts = {_match_key(row.article_id, row.event_id, row.trigger_text): f"{row.verdict} {row.reason}".strip() for row in read_rows(Path(args.verdicts))} if args.verdicts else {}
    blocks, skeleton, count, judged = [], [HEADER], 0, 0
    for key, doc, problem in run_pipeline(sample, args.date):
        blocks += article_block(key, doc, problem, verdicts)
        for row in skeleton_rows(key, doc):
            skeleton.append(row)
            count += 1
            judged += _match_key(key, row[1], row[2]) in verdicts
        print(f"{key}: {len((doc or {}).get('events', []))} events", file=sys.stderr)
    Path(args.out).write_text("\n".join(blocks), encoding="utf-8")
    if args.skeleton:
        with open(args.skeleton, "w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, delimiter="\t", lineterminator="\n").writerows(skeleton)
    print(f"{len(sample)} articles (seed {args.seed}), {count} events; sheet {args.out}")
    if verdicts:
        print(f"{judged} of {count} events carry a verdict on file (same id and trigger)")


# ---------------------------------------------------------------- the verdicts


@dataclass(frozen=True)
class Row:
    article_id: str
    event_id: str
    trigger_text: str
    verdict: str
    reason: str

    @property
    def classes(self) -> tuple[str, ...]:
        """The failure classes the reason opens with ("actor+date: ..."), none for right."""
        head, sep, _ = self.reason.partition(":")
        if not sep or self.verdict not in ("half", "wrong"):
            return ()
        return tuple(part.strip() for part in head.split("+") if part.strip())

    @property
    def missed_type(self) -> str:
        head, sep, _ = self.reason.partition(":")
        return head.strip().upper() if sep else "?"


def read_rows(path: Path) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as handle:
        records = list(csv.reader(handle, delimiter="\t"))
    if not records or tuple(records[0]) != HEADER:
        raise SystemExit(f"{path}: the first line must be the header {' '.join(HEADER)}")
    width = len(HEADER)
    return [Row(*[field.strip() for field in (record + [""] * width)[:width]]) for record in records[1:] if any(record)]


def problems(rows: Iterable[Row]) -> list[str]:
    """Rows that break the judging rules or could hold article text."""
    found, seen = [], set()
    for number, row in enumerate(rows, start=2):
        where = f"line {number} ({row.article_id} {row.event_id})"
        if row.verdict in (MISSED, NOTHING):
            if row.event_id != "-":
                found.append(f"{where}: a {row.verdict} row needs event_id '-'")
            continue
        if row.verdict not in VERDICTS:
            found.append(f"{where}: verdict {row.verdict!r} is not one of {', '.join(VERDICTS + (MISSED, NOTHING))}")
            continue
        if (row.article_id, row.event_id) in seen:
            found.append(f"{where}: judged twice")
        seen.add((row.article_id, row.event_id))
        if len(row.trigger_text.split()) > MAX_TRIGGER_WORDS:
            found.append(f"{where}: trigger_text longer than {MAX_TRIGGER_WORDS} words")
        classes = set(row.classes)
        if classes - CLASSES:
            found.append(f"{where}: unknown failure class {', '.join(sorted(classes - CLASSES))}")
        elif row.verdict == "half" and (len(classes) != 1 or not classes <= HALF_CLASSES):
            found.append(f"{where}: half needs exactly one of {', '.join(sorted(HALF_CLASSES))}")
        elif row.verdict == "wrong" and not (classes & WRONG_ONLY_CLASSES or len(classes) >= 2):
            found.append(f"{where}: wrong needs one of {', '.join(sorted(WRONG_ONLY_CLASSES))} or two other classes")
    return found


@dataclass(frozen=True)
class Figures:
    events: int
    right: int
    half: int
    wrong: int
    articles: int
    missed: int
    classes: Counter
    missed_types: Counter

    @property
    def strict(self) -> float:
        return self.right / self.events if self.events else 0.0

    @property
    def with_halves(self) -> float:
        return (self.right + 0.5 * self.half) / self.events if self.events else 0.0

    @property
    def missed_per_article(self) -> float:
        return self.missed / self.articles if self.articles else 0.0


def score(rows: Sequence[Row], articles: int = SAMPLE_SIZE) -> Figures:
    """The figures of a verdicts file; ``articles`` is the number of articles audited."""
    verdicts = Counter(row.verdict for row in rows)
    judged = [row for row in rows if row.verdict in VERDICTS]
    return Figures(
        events=len(judged),
        right=verdicts["right"],
        half=verdicts["half"],
        wrong=verdicts["wrong"],
        articles=articles,
        missed=verdicts[MISSED],
        classes=Counter(name for row in judged for name in row.classes),
        missed_types=Counter(row.missed_type for row in rows if row.verdict == MISSED),
    )


def report(figures: Figures, rows: Sequence[Row]) -> str:
    lines = [
        f"events judged          {figures.events}  (right {figures.right}, half {figures.half}, wrong {figures.wrong})",
        f"strict precision       {figures.strict:.3f}",
        f"precision, halves 0.5  {figures.with_halves:.3f}",
        f"key events missed      {figures.missed} over {figures.articles} articles = {figures.missed_per_article:.2f} per article",
        "",
        "failure classes (half and wrong events; an event may have several):",
    ]
    lines += [f"  {name:<12} {count}" for name, count in figures.classes.most_common()]
    lines += ["", "missed key events by type:"]
    lines += [f"  {name:<12} {count}" for name, count in figures.missed_types.most_common()]
    per_article = Counter(row.article_id for row in rows if row.verdict == MISSED)
    lines += ["", "missed per article: " + ", ".join(f"{key} {count}" for key, count in sorted(per_article.items()))]
    return "\n".join(lines)


def score_command(args: argparse.Namespace) -> None:
    rows = read_rows(Path(args.verdicts))
    bad = problems(rows)
    for line in bad:
        print(f"problem: {line}", file=sys.stderr)
    print(report(score(rows, args.articles), rows))
    if bad:
        sys.exit(1)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    sheet = commands.add_parser("sheet", help="draw the sample, run the pipeline, write the judging sheet")
    sheet.add_argument("folder", help="a folder of the BBC corpus (politics, business), the Reuters-21578 folder of reut2-*.sgm, a folder of TimeML files, or the geoparsing gold (its folder, or its GeoWebNews or LGL XML file)")
    sheet.add_argument("--out", required=True, help="the sheet (holds article text: keep it out of the repository)")
    sheet.add_argument("--skeleton", help="also write a verdicts file with one empty row per event")
    sheet.add_argument("--verdicts", help="show the verdicts of this file beside the events they match")
    sheet.add_argument("--seed", type=int, default=SEED)
    sheet.add_argument("--size", type=int, default=SAMPLE_SIZE)
    sheet.add_argument("--date", default=None, metavar="YYYY-MM-DD", help="the article date (the BBC corpus gives none; a Reuters story has its wire date)")
    sheet.add_argument("--fresh-from", metavar="FOLDER", help="draw only from articles no verdicts file of FOLDER (eval/audits) holds")
    sheet.set_defaults(handler=write_sheet)
    scorer = commands.add_parser("score", help="the figures of a verdicts file")
    scorer.add_argument("verdicts")
    scorer.add_argument("--articles", type=int, default=SAMPLE_SIZE, help="the number of articles audited")
    scorer.set_defaults(handler=score_command)
    args = parser.parse_args(argv)
    args.handler(args)


if __name__ == "__main__":
    main()
