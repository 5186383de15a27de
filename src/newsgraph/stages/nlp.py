"""The linguistic parse: with ``nlp_memo``, the only modules of newsgraph that import spaCy.

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
        return _to_analysis(self.load()(text), self.description)

    def analyze_many(self, texts: Iterable[str]) -> Iterator[Analysis]:
        for parsed in self.load().pipe(texts, batch_size=self.batch_size):
            yield _to_analysis(parsed, self.description)


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

    speed_up(nlp)  # the same output, a fifth less time: see nlp_memo
    return nlp


def _to_analysis(parsed, model_description: str) -> Analysis:
    text = parsed.text
    sent_index = {}
    sentences = []
    for index, sent in enumerate(parsed.sents):
        sentences.append(Span(sent.start_char, sent.end_char, sent.text))
        for tok in sent:
            sent_index[tok.i] = index
    tokens = tuple(_to_token(tok, sent_index.get(tok.i, 0)) for tok in parsed)
    named = tuple(_named(ent, ent.label_) for ent in parsed.ents)
    chunks = tuple(_named(chunk, "NP") for chunk in _noun_chunks(parsed))
    return Analysis(text, tokens, tuple(sentences), named, chunks, model_description)


def _to_token(tok, sent: int) -> Token:
    return Token(
        i=tok.i,
        start=tok.idx,
        end=tok.idx + len(tok.text),
        text=tok.text,
        lemma=tok.lemma_,
        pos=tok.pos_,
        tag=tok.tag_,
        dep=tok.dep_,
        head=tok.head.i,
        sent=sent,
        ent_type=tok.ent_type_,
        ent_iob=tok.ent_iob_ or "O",
        is_title=tok.is_title,
    )


def _named(span, label: str) -> NamedSpan:
    return NamedSpan(span.start_char, span.end_char, label, span.text, span.start, span.end)


def _noun_chunks(parsed):
    try:
        return list(parsed.noun_chunks)
    except ValueError:  # pipelines without a parser have no noun chunks
        return []
