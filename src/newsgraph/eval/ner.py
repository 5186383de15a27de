"""Named-entity scorer on the GUM news documents (CoNLL-U with CorefUD ``Entity=`` fields).

Which gold mentions count (GUM marks every referring expression, not only names): mentions of
type person, place or organization whose syntactic head is a proper noun and which hold no
common noun, verb, adjective or pronoun, i.e. names such as "Kim Jong-un" or "the University of
Texas", not descriptions such as "the country's military".  A word tagged NNP/NNPS is a name
word whatever its UPOS ("United" is VERB/NNP in GUM's "United States", "Democratic" ADJ/NNP
in "Democratic Party").  A leading determiner ("the") is left out of gold and predicted spans
alike, since annotation schemes disagree about it, and so are a final possessive ("Warhol's"
-> "Warhol"), which GUM keeps inside the mention, and capitalized titles before a person's
name ("Professor Eastman" -> "Eastman"; resources/titles.tsv), with a country or nationality
opening the title ("U.S. President Lee" -> "Lee"), which GUM keeps and CoNLL and OntoNotes
leave out.  For the same reason a mention headed by a lower-case description that closes with
the name GUM attaches to it ("Facebook creator Mark Zuckerberg", "team member Ann Lee") counts
as that name; before this rule such mentions were not counted at all, and every system that
found the name was charged a false positive.  Types: person -> PER, place -> LOC,
organization -> ORG.

Both systems are scored on the same texts in one run:

- ``ours``: the entities stage's name mentions (pronouns and role descriptions are not names),
  PERSON -> PER, PLACE -> LOC, ORG and OUTLET -> ORG; COUNTRY -> LOC, or ORG for a mention
  where the country acts (``stages.entities.actors.is_agent``: subject of an action verb, agent of a
  passive), as GUM annotates a state acting as its government or team; WEAPON and EVENT are
  not scored (GUM has no such types among the three kept).
- ``baseline``: the statistical model's raw labels, PERSON -> PER, GPE/LOC/FAC -> LOC,
  ORG -> ORG: the same model without the project's additions; a GPE naming a country that
  acts is ORG under the same rule as ours, so the gain is not the scorer's.

Metrics are exact-span precision, recall and F1 with matching types, per type and overall
(micro-averaged), plus an untyped overall F1 (span only).  When the N3 sets lie beside the
GUM folder, their untyped figures are added (``ner_n3``: a hold-out nobody tuned on).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from ..errors import GoldDataMissing
from ..model import Analysis, Document
from ..resources import countries, normalize_name, titles
from .base import Metric, Report, prf

GOLD_TYPES = {"person": "PER", "place": "LOC", "organization": "ORG"}
OUR_TYPES = {"PERSON": "PER", "COUNTRY": "LOC", "PLACE": "LOC", "ORG": "ORG", "OUTLET": "ORG"}
BASELINE_TYPES = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG"}
SCORED = ("PER", "LOC", "ORG")
_NOT_IN_NAMES = {"NOUN", "VERB", "ADJ", "PRON", "AUX"}
_PROPER_TAGS = {"NNP", "NNPS"}
_ARTICLES = ("the ", "The ")
_POSSESSIVES = ("'s", "'", "\u2019s", "\u2019")

Mention = tuple[int, int, str]  # start, end, type


@dataclass(frozen=True, slots=True)
class GoldDocument:
    name: str
    text: str
    mentions: frozenset[Mention]


@dataclass(slots=True)
class _Word:
    start: int
    end: int
    upos: str
    xpos: str
    head: int  # index in the sentence's word list, -1 for the root
    misc: str
    deprel: str = ""


# --- reading GUM ---------------------------------------------------------------------------


def gold_files(gold: Path) -> list[Path]:
    """The CoNLL-U files under ``gold`` (the gum-news folder, its dep/ folder, or one file)."""
    if gold.is_file():
        return [gold]
    folder = gold / "dep" if (gold / "dep").is_dir() else gold
    files = sorted(folder.glob("*.conllu"))
    if not files:
        raise GoldDataMissing(f"no .conllu files under {gold}", hint="pass the gum-news folder of the evaluation data")
    return files


def read_document(path: Path) -> GoldDocument:
    """The text of one CoNLL-U file (one sentence a line) and its countable gold mentions."""
    parts: list[str] = []
    offset = 0
    mentions: set[Mention] = set()
    for sentence in _sentences(path.read_text(encoding="utf-8")):
        words, text = _layout(sentence, offset)
        parts.append(text + "\n")
        offset += len(text) + 1
        mentions |= _mentions(words, "".join(parts))
    text = "".join(parts)
    return GoldDocument(path.stem, text, frozenset(flatten(text, mentions)))


# a person's name and the group after it, a place and where it lies: "Ann Lee of the Blue
# Party", "Tovar Stadium in Kelm", "Kelm, Ontario"
_ATTACHED = {"PER": re.compile(r"[ ]+(?:of|from)[ ]+(?:the[ ]+|The[ ]+)?$"), "LOC": re.compile(r"(?:[ ]+(?:in|at)[ ]+(?:the[ ]+)?|,[ ]+)$")}


def flatten(text: str, mentions: set[Mention]) -> set[Mention]:
    """Gold mentions in the flat form NER systems (and CoNLL, OntoNotes) write names in.

    GUM nests: "Ann Lee of the Blue Party" is one person mention holding an organization,
    "Kelm, Ontario" one place holding another, "Ann Lee and Ben Roe" one mention of the two.
    A flat system can match none of these, whatever it finds.  A person or place mention that
    ends with another gold mention, joined by "of"/"from" (people) or "in"/"at"/a comma
    (places), counts as its own name before the join; a mention joining two or more gold
    mentions of its type with "and" is the group, and is not counted (its members are).
    Organizations keep their "of" ("University of Kelm").  Both systems are scored on the
    same flattened gold."""
    found = set()
    for start, end, kind in mentions:
        inner = [m for m in mentions if start <= m[0] and m[1] <= end and (m[0], m[1]) != (start, end)]
        if kind in _ATTACHED and _is_group(text, start, end, kind, inner):
            continue
        found.add(_own_name(text, start, end, kind, inner))
    return found


def _own_name(text: str, start: int, end: int, kind: str, inner: list[Mention]) -> Mention:
    pattern = _ATTACHED.get(kind)
    for first, last, _ in sorted(inner):
        if pattern is None or last != end or first <= start:
            continue
        join = pattern.search(text[start:first])
        if join and join.start() > 0 and "," not in text[start : start + join.start()]:
            return (start, start + join.start(), kind)
    return (start, end, kind)


def _is_group(text: str, start: int, end: int, kind: str, inner: list[Mention]) -> bool:
    same = [m for m in inner if m[2] == kind]
    return " and " in text[start:end] and any(m[0] == start for m in same) and any(m[1] == end or text[m[1] : end].startswith(" of ") for m in same)


def _sentences(text: str) -> Iterator[list[list[str]]]:
    rows: list[list[str]] = []
    for line in text.splitlines():
        if not line.strip():
            if rows:
                yield rows
            rows = []
        elif not line.startswith("#"):
            rows.append(line.split("\t"))
    if rows:
        yield rows


def _layout(rows: list[list[str]], offset: int) -> tuple[list[_Word], str]:
    """Words with character offsets; multiword tokens give their surface form to the text."""
    words: list[_Word] = []
    pieces: list[str] = []
    position = offset
    covered_until = 0
    surface: tuple[int, int] | None = None
    for cols in rows:
        ident = cols[0]
        if "." in ident:
            continue  # empty nodes have no surface
        if "-" in ident:
            _first, last = (int(x) for x in ident.split("-"))
            covered_until, start = last, position
            pieces.append(cols[1])
            position += len(cols[1])
            surface = (start, position)
            if "SpaceAfter=No" not in cols[9]:
                pieces.append(" ")
                position += 1
            continue
        index = int(ident)
        if index <= covered_until and surface is not None:
            start, end = _piece_of(text_of="".join(pieces), surface=surface, form=cols[1], offset=offset)
            surface = (end, surface[1]) if end < surface[1] else surface
        else:
            start, end = position, position + len(cols[1])
            pieces.append(cols[1])
            position = end
            if "SpaceAfter=No" not in cols[9]:
                pieces.append(" ")
                position += 1
        words.append(_Word(start, end, cols[3], cols[4], int(cols[6]) - 1 if cols[6].isdigit() else -1, cols[9], cols[7]))
    return words, "".join(pieces).rstrip(" ")


def _piece_of(text_of: str, surface: tuple[int, int], form: str, offset: int) -> tuple[int, int]:
    """Offsets of one word inside a multiword token ("Warhol's" = "Warhol" + "'s")."""
    start, end = surface
    if text_of[start - offset : end - offset].startswith(form):
        return start, start + len(form)
    return start, end


_ENTITY_PART = re.compile(r"\((\d+)-([a-z]+)[^()]*(\))?|(\d+)\)")


def _mentions(words: list[_Word], text: str) -> set[Mention]:
    found: set[Mention] = set()
    for first, last, _, etype in entity_spans(words):
        found |= _countable(words, first, last, etype, text)
    return found


def entity_spans(words: list[_Word]) -> Iterator[tuple[int, int, str, str]]:
    """(first word, last word, entity id, entity type) of each mention of one sentence, read
    from the CorefUD ``Entity=`` brackets; one id is one coreference chain."""
    open_at: dict[str, list[tuple[int, str]]] = {}
    for index, word in enumerate(words):
        field = next((f[7:] for f in word.misc.split("|") if f.startswith("Entity=")), "")
        for match in _ENTITY_PART.finditer(field):
            if match.group(4):  # closing bracket of a multi-word mention
                stack = open_at.get(match.group(4))
                if stack:
                    first, etype = stack.pop()
                    yield first, index, match.group(4), etype
            elif match.group(3):  # one-word mention
                yield index, index, match.group(1), match.group(2)
            else:
                open_at.setdefault(match.group(1), []).append((index, match.group(2)))


def _countable(words: list[_Word], first: int, last: int, etype: str, text: str) -> set[Mention]:
    if etype not in GOLD_TYPES:
        return set()
    span = words[first : last + 1]
    if span and span[0].upos == "DET":
        span = span[1:]
    if len(span) > 1 and span[-1].upos == "PART" and text[span[-1].start : span[-1].end] in _POSSESSIVES:
        span = span[:-1]
    if not span:
        return set()
    kind = GOLD_TYPES[etype]
    inside = range(first, last + 1)
    heads = [w for w in span if w.head not in inside]
    if any(w.upos in _NOT_IN_NAMES and not _proper(w) for w in span) or not heads or not _proper(heads[0]):
        named = _name_after_description(words, first, last)
        return {(*_without_titles(text, named[0].start, named[-1].end, kind), kind)} if named else set()
    return {(*_without_titles(text, span[0].start, span[-1].end, kind), kind)}


def _name_after_description(words: list[_Word], first: int, last: int) -> list[_Word]:
    """The name inside a mention that also holds description words ("Facebook creator Mark
    Zuckerberg", "Afghan Ambassador Ann Lee", "veteran politician Ann Lee of the Blue Party"):
    the run of proper nouns around the mention's head (two words or more), or, when the head
    is a common noun, around the name GUM attaches to it as its flat name or apposition.  Names written so are
    names for CoNLL and OntoNotes, as the same name after a capitalized title is."""
    inside = range(first, last + 1)
    heads = [i for i in inside if words[i].head not in inside]
    if not heads:
        return []
    anchor = heads[0]
    described = not _proper(words[anchor])
    if described:
        named = [i for i in inside if i > anchor and words[i].head == anchor and words[i].deprel in ("flat", "appos") and _proper(words[i])]
        if not named:
            return []
        anchor = named[0]
    low = high = anchor
    while low - 1 >= first and _proper(words[low - 1]):
        low -= 1
    while high + 1 <= last and _proper(words[high + 1]):
        high += 1
    # a proper head after plain words needs a name of two words ("the new Council" is no name)
    return words[low : high + 1] if described or high > low else []


def _proper(word: _Word) -> bool:
    """A name word: UPOS PROPN, or a PTB proper-noun tag on a word whose UPOS is its use
    ("United" VERB/NNP in "United States", "Democratic" ADJ/NNP in "Democratic Party")."""
    return word.upos == "PROPN" or word.xpos in _PROPER_TAGS


# --- predictions -----------------------------------------------------------------------------


def _trim(text: str, start: int, end: int, kind: str) -> Mention:
    """The span without a leading "the" or a final possessive, as for the gold mentions."""
    if text[start:end].startswith(_ARTICLES) and end - start > 4:
        start += 4
    for suffix in _POSSESSIVES:
        if text[start:end].endswith(suffix) and end - len(suffix) > start:
            end -= len(suffix)
            break
    while end > start + 1 and text[end - 1].isspace():
        end -= 1  # tokenized text writes the possessive apart: "Mariners ' first"
    return (*_without_titles(text, start, end, kind), kind)


def _without_titles(text: str, start: int, end: int, kind: str) -> tuple[int, int]:
    """A person's name without the capitalized titles before it ("Professor Ann Lee",
    "Mr. Lee", "President Lee" -> "Lee"): GUM keeps them inside the mention, CoNLL and
    OntoNotes leave them out, so neither side is counted wrong for the convention."""
    if kind != "PER":
        return start, end
    known = titles()
    words = list(re.finditer(r"\S+", text[start:end]))
    taken = _country_before_title(words, known)
    while taken < len(words) - 1:
        size = next(
            (
                n
                for n in range(min(4, len(words) - 1 - taken), 0, -1)
                if all(w.group()[:1].isupper() or w.group() == "of" for w in words[taken : taken + n]) and normalize_name(" ".join(w.group() for w in words[taken : taken + n])) in known
            ),
            0,
        )
        if not size:
            break
        taken += size
    return (start + words[taken].start(), end) if taken else (start, end)


def _country_before_title(words: list[re.Match[str]], known: dict) -> int:
    """How many words of a country or nationality open a title ("U.S. President Lee",
    "New Zealand's Prime Minister Lee"): they go with the title, 0 when no title follows."""
    gazetteer = countries()
    for size in range(min(3, len(words) - 2), 0, -1):
        piece = " ".join(w.group() for w in words[:size])
        piece = re.sub(r"['\u2019]s$", "", piece)
        following = words[size].group()
        if (gazetteer.lookup(piece) or gazetteer.demonym(piece)) and following[:1].isupper() and _opens_title(words, size, known):
            return size
    return 0


def _opens_title(words: list[re.Match[str]], at: int, known: dict) -> bool:
    return any(normalize_name(" ".join(w.group() for w in words[at : at + n])) in known for n in range(1, min(4, len(words) - at - 1) + 1))


def baseline_mentions(analysis: Analysis, acts: Callable[[int, int], bool] | None = None) -> set[Mention]:
    """The statistical model's raw entities, mapped to the gold types; a GPE that names a
    country and ``acts`` is the state as an organization, under the rule applied to ours."""
    return {_trim(analysis.text, n.start, n.end, _baseline_type(analysis.text, n, acts)) for n in analysis.named if n.label in BASELINE_TYPES}


def _baseline_type(text: str, named, acts: Callable[[int, int], bool] | None) -> str:
    if named.label == "GPE" and acts is not None and countries().lookup(text[named.start : named.end]) and acts(named.start, named.end):
        return "ORG"
    return BASELINE_TYPES[named.label]


def project_mentions(doc: Document, is_name: Callable[[str], bool], acts: Callable[[int, int], bool] | None = None) -> set[Mention]:
    """The entities stage's name mentions, mapped to the gold types; a COUNTRY mention that
    ``acts`` (subject of an action, agent of a passive) is the state as an organization."""
    text = doc.article.text
    return {_trim(text, m.start, m.end, _our_type(e.type, m, acts)) for e in doc.entities if e.type in OUR_TYPES for m in e.mentions if is_name(m.text)}


def _our_type(etype: str, mention, acts: Callable[[int, int], bool] | None) -> str:
    if etype == "COUNTRY" and acts is not None and acts(mention.start, mention.end):
        return "ORG"
    return OUR_TYPES[etype]


# --- scoring -----------------------------------------------------------------------------------


@dataclass
class _Tally:
    true_positives: Counter
    predicted: Counter
    gold: Counter

    @classmethod
    def empty(cls) -> _Tally:
        return cls(Counter(), Counter(), Counter())

    def add(self, gold: set[Mention], predicted: set[Mention]) -> None:
        for kind in SCORED:
            g = {m for m in gold if m[2] == kind}
            p = {m for m in predicted if m[2] == kind}
            self.true_positives[kind] += len(g & p)
            self.gold[kind] += len(g)
            self.predicted[kind] += len(p)
        self.true_positives["untyped"] += len({m[:2] for m in gold} & {m[:2] for m in predicted})
        self.gold["untyped"] += len({m[:2] for m in gold})
        self.predicted["untyped"] += len({m[:2] for m in predicted})

    def metrics(self, system: str) -> list[Metric]:
        out: list[Metric] = []
        true_positives, predicted, gold = (sum(c[k] for k in SCORED) for c in (self.true_positives, self.predicted, self.gold))
        out.extend(prf(true_positives, predicted, gold, prefix=f"{system}.overall"))
        for kind in (*SCORED, "untyped"):
            out.extend(prf(self.true_positives[kind], self.predicted[kind], self.gold[kind], prefix=f"{system}.{kind}"))
        return out


def score(gold: Path, pipeline_factory: Callable[[], object], limit: int | None = None) -> Report:
    """Exact-span P/R/F1 of the project and of the bare model on GUM news, in one run, and
    untyped figures on the N3 hold-out sets when they lie beside GUM (see ``ner_n3``).

    ``gold`` is the GUM folder (or one file), the N3 folder (N3 figures only), or the ``ner``
    folder holding both."""
    from . import ner_n3

    gold = Path(gold)
    if ner_n3.is_n3(gold):
        return _n3_report(gold, pipeline_factory(), limit)
    if (gold / "gum-news").is_dir():
        gold = gold / "gum-news"
    files = gold_files(gold)[: limit or None]
    pipeline = pipeline_factory()
    report = _score_gum(gold, files, pipeline)
    n3 = ner_n3.beside(gold)
    if n3 is None:
        return report
    metrics, count = ner_n3.score(n3, pipeline, limit)
    details = {**report.details, "n3_documents": count}
    notes = (*report.notes, N3_NOTE)
    return Report(report.task, report.dataset, report.documents, report.metrics + tuple(metrics), notes, details)


N3_NOTE = "n3: Reuters-128 + RSS-500 (its misses were read once for error classes; no rule fits one of its texts), untyped exact spans without a final point, ours.n3 vs baseline.n3"


def _n3_report(gold: Path, pipeline: object, limit: int | None) -> Report:
    from . import ner_n3

    metrics, count = ner_n3.score(gold, pipeline, limit)
    return Report("ner", str(gold), count, tuple(metrics), (N3_NOTE,), {})


def _score_gum(gold: Path, files: list[Path], pipeline) -> Report:
    from ..stages.entities.actors import is_agent
    from ..stages.entities.coref import is_name_mention
    from .pronouns import PronounTally, read_chains

    ours, baseline = _Tally.empty(), _Tally.empty()
    pronouns = PronounTally()
    misses: Counter = Counter()
    for path, document in zip(files, map(read_document, files), strict=True):
        analysis = pipeline.analyzer.analyze(document.text)
        doc = annotate(pipeline, document.text, analysis)
        pronouns.add(doc, *read_chains(path))
        predicted = project_mentions(doc, is_name_mention, partial(is_agent, analysis))
        ours.add(set(document.mentions), predicted)
        baseline.add(set(document.mentions), baseline_mentions(analysis, partial(is_agent, analysis)))
        misses.update(f"{document.text[s:e]} [{t}]" for s, e, t in document.mentions - predicted)
    metrics = ours.metrics("ours") + baseline.metrics("baseline")
    gain = _f1(metrics, "ours") - _f1(metrics, "baseline")
    metrics.append(Metric("gain.overall.f1", gain))
    metrics.extend(pronouns.metrics())
    notes = (
        "gold: GUM person/place/organization mentions headed by a proper noun (UPOS PROPN or tag NNP/NNPS); leading 'the', final possessive and titles before a person's name dropped on both sides",
        "gold, flat: the name in a mention headed by a description ('Facebook creator Mark Zuckerberg'); a person's "
        "name before 'of the X Party', a place before ', Region' or 'in Town'; groups joined by 'and' left to their members",
        "ours: the entities stage (name mentions); baseline: raw model labels PERSON/GPE/LOC/FAC/ORG",
        "types: person->PER, place->LOC, organization->ORG; PLACE->LOC, ORG and OUTLET->ORG, "
        "COUNTRY->LOC, or ORG where it acts (subject of an action verb); the same for a baseline GPE naming a country",
        "pronouns: he/him/his/she/her(self) whose GUM chain names a person before them; right when the entity given holds a name "
        "inside a mention of the chain; baseline.pronouns: the nearest person name before the pronoun (recency)",
    )
    details = {"documents": [f.stem for f in files], "frequent_misses": misses.most_common(15)}
    return Report("ner", str(gold), len(files), tuple(metrics), notes, details)


def _f1(metrics: Iterable[Metric], system: str) -> float:
    return next(m.value for m in metrics if m.name == f"{system}.overall.f1")


def annotate(pipeline, text: str, analysis: Analysis) -> Document:
    """Run the pipeline's stages on a parse already made (the parse is shared with the baseline)."""
    from ..model import Article

    doc = Document(article=Article(text=text))
    for stage in pipeline.stages:
        doc = stage(doc, analysis)
        if stage.name == "entities":
            break  # later stages do not change names
    return doc
