"""The linguistic parse: with ``nlp_memo`` and ``nlp_paragraphs``, the only modules of
newsgraph that import spaCy.

``Analyzer`` loads one installed spaCy pipeline by name (never downloads anything) and turns
texts into ``model.Analysis`` records: tokens with offsets, tags and dependency heads,
sentences, named entities and noun chunks.  Every later stage reads that plain data, so the
rest of the engine does not depend on spaCy objects and documents stay picklable.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..errors import ModelNotInstalled
from ..model import Analysis, NamedSpan, Span, Token

if TYPE_CHECKING:
    from spacy.language import Language


class Analyzer:
    """Parses texts with one spaCy pipeline, loaded once and reused (batched with nlp.pipe).

    ``lazy``: the model is loaded on first use, not when the analyzer is built; a process that
    only hands articles to workers (a pool's parent, a Spark driver) then never loads it.  The
    model's name is checked at once either way, and its description is read from its meta.json.
    """

    def __init__(self, model: str, batch_size: int = 32, *, lazy: bool = False) -> None:
        self.model_name = model
        self.batch_size = batch_size
        self._nlp: Language | None = None
        self._description = None if not lazy else _describe(_meta_without_loading(model))
        if not lazy:
            self.load()

    def load(self) -> Language:
        if self._nlp is None:
            self._nlp = nlp = _load(self.model_name)
            # spaCy's own limit guards memory; ours (max_text_chars) is lower, so lift spaCy's.
            nlp.max_length = max(nlp.max_length, 2_000_000)
            self._description = _describe(nlp.meta)
        return self._nlp

    @property
    def description(self) -> str:
        return self._description or _describe(self.load().meta)

    def analyze(self, text: str) -> Analysis:
        return _to_analysis(self.load()(text), self.description, text)

    def analyze_many(self, texts: Iterable[str]) -> Iterator[Analysis]:
        # The text goes along with its parse: a Doc makes its text anew from its tokens.
        paired = ((text, text) for text in texts)
        for parsed, text in self.load().pipe(paired, batch_size=self.batch_size, as_tuples=True):
            yield _to_analysis(parsed, self.description, text)


def _describe(meta: dict) -> str:
    return f"{meta.get('lang', '?')}_{meta.get('name', '?')}-{meta.get('version', '?')}"


def _meta_without_loading(model: str) -> dict:
    """The meta.json of an installed model package or a model folder, without importing spaCy."""
    import importlib.util
    import json
    from pathlib import Path

    folder = Path(model)
    if not folder.is_dir():
        try:
            spec = importlib.util.find_spec(model) if model.isidentifier() else None
        except (ImportError, ValueError):
            spec = None
        if spec is None or not spec.submodule_search_locations:
            raise ModelNotInstalled(f"the spaCy pipeline {model!r} is not installed")
        folder = Path(next(iter(spec.submodule_search_locations)))
    try:
        return json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelNotInstalled(f"{model!r} has no readable meta.json: is it a spaCy pipeline?") from exc


def _load(model: str):  # -> spacy.Language
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a pinned dependency
        raise ModelNotInstalled("spaCy is not installed") from exc
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotInstalled(f"the spaCy pipeline {model!r} is not installed") from exc
    from .nlp_memo import speed_up
    from .nlp_paragraphs import add_paragraph_breaks

    add_paragraph_breaks(nlp)
    _add_lemma_exceptions(nlp)
    _add_title_abbreviations(nlp)
    speed_up(nlp)  # the same output, a fifth less time: see nlp_memo
    return nlp


def _add_lemma_exceptions(nlp) -> None:
    """Teach the pipeline the verb forms its rule lemmatizer strips to another verb ("hopes" ->
    "hop", "fined" -> "fin"; resources/lemma_exceptions.tsv): the attribute ruler, which runs
    before the lemmatizer, sets their lemma, and the lemmatizer leaves a lemma already set."""
    from ..resources import read_table

    if "attribute_ruler" not in nlp.pipe_names or "lemmatizer" not in nlp.pipe_names:
        return  # a pipeline without them lemmatizes in its own way: nothing here applies
    if nlp.pipe_names.index("attribute_ruler") > nlp.pipe_names.index("lemmatizer"):
        return
    ruler = nlp.get_pipe("attribute_ruler")
    for row in read_table("lemma_exceptions.tsv"):
        ruler.add(patterns=[[{"LOWER": row["form"], "TAG": {"IN": list(_VERB_TAGS)}}]], attrs={"LEMMA": row["lemma"]})


_VERB_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ")


def _add_title_abbreviations(nlp) -> None:
    """Keep the point of a plural title's abbreviation on the word ("Democratic Sens. Patrick
    Moynihan, Christopher Dodd ..."): the tokenizer split it off as a full stop, and the parser
    then ended the sentence there, so the senators named after it stood as a sentence of their
    own and took the place of its subject."""
    from spacy.symbols import ORTH

    for word in _PLURAL_TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])


_PLURAL_TITLE_ABBREVIATIONS = ("Sens.", "Reps.", "Govs.", "Gens.", "Drs.", "Profs.")


def _to_analysis(parsed, model_description: str, text: str | None = None) -> Analysis:
    """The plain record of a parse; ``text`` is the text parsed, the same as ``parsed.text``."""
    text = parsed.text if text is None else text
    sentences, sent_of = [], [0] * len(parsed)
    for index, (first, stop) in enumerate(_sentence_bounds(parsed)):
        start, end = parsed[first].idx, parsed[stop - 1].idx + len(parsed[stop - 1])
        end = start + len(text[start:end].rstrip())  # the blank line after a paragraph is no part of it
        sentences.append(Span(start, end, text[start:end]))
        sent_of[first:stop] = [index] * (stop - first)
    named = tuple(_named(text, start, ent.end_char, ent.label_, first, ent.end) for ent in parsed.ents for start, first in [_with_new_before(parsed, ent)])
    chunks = tuple(_named(text, chunk.start_char, chunk.end_char, "NP", chunk.start, chunk.end) for chunk in _noun_chunks(parsed))
    return Analysis(text, _with_names_mended(_tokens(parsed, sent_of)), tuple(sentences), named, chunks, model_description)


def _sentence_bounds(parsed) -> list[tuple[int, int]]:
    """(first token, token after the last) of each sentence, as ``Doc.sents`` gives them."""
    from spacy.attrs import SENT_START

    if "sents" in parsed.user_hooks or not parsed.has_annotation("SENT_START") or not len(parsed):
        return [(sent.start, sent.end) for sent in parsed.sents]
    starts = [i for i, flag in enumerate(parsed.to_array([SENT_START]).tolist()) if flag == 1 or i == 0]
    bounds = list(zip(starts, [*starts[1:], len(parsed)], strict=True))
    return _without_stray_marks(parsed, bounds)


def _without_stray_marks(parsed, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A "sentence" of punctuation and spaces alone (the closing quote mark of a paragraph the
    parser cut off) belongs to the sentence before it."""
    merged: list[tuple[int, int]] = []
    for first, stop in bounds:
        if merged and all(t.is_punct or t.is_space for t in parsed[first:stop]):
            merged[-1] = (merged[-1][0], stop)
        else:
            merged.append((first, stop))
    return merged


def _tokens(parsed, sent_of: list[int]) -> tuple[Token, ...]:
    """The tokens, read column by column from one array (far cheaper than token by token)."""
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, IS_TITLE, LEMMA, ORTH, POS, TAG

    if not len(parsed):
        return ()
    array = parsed.to_array([ORTH, LEMMA, POS, TAG, DEP, HEAD, ENT_TYPE, ENT_IOB, IDX, IS_TITLE])
    orths, lemmas, parts, tags, deps, _, ent_types, ent_iobs, starts, titles = array.T.tolist()
    heads = array[:, 5].view("int64").tolist()  # offsets to the head, negative ones included
    strings = parsed.vocab.strings
    name = {key: strings[key] for key in {*orths, *lemmas, *parts, *tags, *deps, *ent_types} if key}
    name[0] = ""
    words = [name[key] for key in orths]
    columns = (
        range(len(words)),
        starts,
        [start + len(word) for start, word in zip(starts, words, strict=True)],
        words,
        [name[key] for key in lemmas],
        [name[key] for key in parts],
        [name[key] for key in tags],
        [name[key] for key in deps],
        [i + offset for i, offset in enumerate(heads)],
        sent_of,
        [name[key] for key in ent_types],
        [_IOB[key] for key in ent_iobs],
        [flag != 0 for flag in titles],
    )
    return tuple(map(Token._make, zip(*columns, strict=True)))


def _with_names_mended(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Mend a name whose first word the parser read as a preposition heading the rest of the
    name ("Barack Obama and Vladimir Putin met": "Barack" a preposition, "Obama" its object,
    the verb left with no subject). The recognizer's own name span says it is one name; the
    name becomes the subject of the verb the "preposition" hung on (or was the subject of),
    when that verb follows it and has no other subject."""
    mended = list(tokens)
    for first in tokens:
        if first.pos != "ADP" or first.ent_iob != "B" or first.ent_type not in _NAME_TYPES or first.dep not in ("prep", "nsubj", "nsubjpass"):
            continue
        rest = [t for t in tokens[first.i + 1 :] if t.ent_iob == "I"]
        name = [t for t in rest if all(u.ent_iob == "I" for u in tokens[first.i + 1 : t.i + 1])]
        verb = tokens[first.head]
        if not name or name[-1].head != first.i or name[-1].dep != "pobj" or verb.i < name[-1].i or verb.pos not in ("VERB", "AUX"):
            continue
        if any(t.head == verb.i and t.dep in ("nsubj", "nsubjpass") and t.i != first.i for t in tokens):
            continue
        last = name[-1]
        mended[first.i] = first._replace(pos="PROPN", tag="NNP", dep="compound", head=last.i)
        mended[last.i] = last._replace(dep="nsubj" if first.dep == "prep" else first.dep, head=verb.i)
    return tuple(mended)


_NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})

# spaCy's ENT_IOB values: 0 (not set), 1 inside, 2 outside, 3 beginning.
_IOB = ("O", "I", "O", "B")


def _named(text: str, start: int, end: int, label: str, first: int, stop: int) -> NamedSpan:
    return NamedSpan(start, end, label, text[start:end], first, stop)


def _with_new_before(parsed, ent) -> tuple[int, int]:
    """(start offset, first token) of a name, with a "New" the recognizer left before it: "New
    South Wales" is not South Wales, nor "New Jersey" Jersey."""
    before = parsed[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.text == "New" and before.ent_iob_ == "O" and ent.label_ in ("GPE", "LOC") and not before.is_sent_start:
        return before.idx, ent.start - 1
    return ent.start_char, ent.start


def _noun_chunks(parsed):
    try:
        return list(parsed.noun_chunks)
    except ValueError:  # pipelines without a parser have no noun chunks
        return []
