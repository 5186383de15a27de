"""Remembering stand-ins for the two spaCy components whose output depends on each token alone.

spaCy's English pipelines give every token its coarse part of speech, morphology and some
lemmas with an attribute ruler (a Matcher of about 180 one-token patterns on the fine tag and
the word), then its lemma with a rule lemmatizer.  On news text the two cost about a fifth of
the whole parse, though a token's answer depends only on a few features of that token, and
most tokens of an article were seen before.  The stand-ins ask the stock component once per
distinct token (its matcher on that one token, its lemmatizer on that token) and remember the
answer, so the output is the stock components' own, token for token.

A stand-in is used only when the component has the shape that makes this exact: the ruler's
one-token patterns read only features of the token itself and set only token attributes
(patterns over several tokens are matched on the whole text as before); the lemmatizer works
in "rule" or "lookup" mode and does not overwrite lemmas already set.  Any other pipeline runs
unchanged.  This module and ``nlp`` are the only ones that import spaCy.
"""

from __future__ import annotations

from itertools import product
from operator import attrgetter
from typing import Any, cast

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs

RULER_FACTORY = "newsgraph_remembering_attribute_ruler"
LEMMATIZER_FACTORY = "newsgraph_remembering_lemmatizer"

# Matcher pattern keys whose value is a feature of the token alone, and the Token attribute
# that holds it (LENGTH follows from the word itself).
_TOKEN_FEATURES = {
    "ORTH": "orth",
    "TEXT": "orth",
    "LENGTH": "orth",
    "LOWER": "lower",
    "NORM": "norm",
    "SHAPE": "shape",
    "PREFIX": "prefix",
    "SUFFIX": "suffix",
    "TAG": "tag",
    "POS": "pos",
    "DEP": "dep",
    "LEMMA": "lemma",
    "IS_SPACE": "is_space",
    "IS_PUNCT": "is_punct",
    "IS_ALPHA": "is_alpha",
    "IS_DIGIT": "is_digit",
    "IS_LOWER": "is_lower",
    "IS_UPPER": "is_upper",
    "IS_TITLE": "is_title",
    "IS_STOP": "is_stop",
    "LIKE_NUM": "like_num",
}
# Of those, the ones a Token gives as the hash of a string, and the ones it gives as a flag.
# (POS is left to the Matcher: the Token gives it as a symbol, not a string's hash.)
_STRING_FEATURES = {"orth", "lower", "norm", "shape", "prefix", "suffix", "tag", "dep", "lemma"}
_FLAG_FEATURES = {"is_space", "is_punct", "is_alpha", "is_digit", "is_lower", "is_upper", "is_title", "is_stop", "like_num"}
# Attributes the ruler may set for the stand-in to apply them as the ruler does.
_SETTABLE = {"POS", "TAG", "MORPH", "LEMMA", "NORM", "DEP"}
# A token whose answer was never asked is looked up again after this many new entries: the
# memory stays bounded in a worker that runs for days.
_MAX_REMEMBERED = 100_000


def speed_up(nlp: Language) -> list[str]:
    """Put the remembering stand-ins in place of the components that allow it; their names."""
    replaced = []
    for name, component in list(nlp.pipeline):
        if isinstance(component, AttributeRuler) and _ruler_is_token_local(component):
            cast(RememberingAttributeRuler, nlp.replace_pipe(name, RULER_FACTORY)).take(component)
            replaced.append(name)
        elif isinstance(component, Lemmatizer) and _lemmatizer_is_token_local(component):
            cast(RememberingLemmatizer, nlp.replace_pipe(name, LEMMATIZER_FACTORY)).take(component)
            replaced.append(name)
    return replaced


def _ruler_is_token_local(ruler: AttributeRuler) -> bool:
    for entry in _entries(ruler):
        if not set(entry["attrs"]) <= _SETTABLE:
            return False
        for pattern in entry["patterns"]:
            if _is_one_token(pattern) and not all(_reads_token_alone(spec) for spec in pattern):
                return False
    return True


def _entries(ruler: AttributeRuler) -> list[dict[str, Any]]:
    """The ruler's patterns in the order of their labels: {"patterns", "attrs", "index"} each."""
    return cast(list[dict[str, Any]], ruler.patterns)


def _is_one_token(pattern: Any) -> bool:
    return isinstance(pattern, list) and len(pattern) == 1 and "OP" not in pattern[0]


def _reads_token_alone(spec: dict) -> bool:
    return all(key.upper() in _TOKEN_FEATURES for key in spec)


def _lemmatizer_is_token_local(lemmatizer: Lemmatizer) -> bool:
    return lemmatizer.mode in ("rule", "lookup") and not lemmatizer.overwrite


class RememberingAttributeRuler:
    """The stock attribute ruler's output, found once per distinct token (see the module).

    A one-token pattern that only asks for values (``{"TAG": "NN"}``, ``{"LOWER": {"IN": [...]}}``)
    goes into a table from those values to its label; any other one-token pattern (NOT_IN,
    REGEX and the like) is left to spaCy's Matcher, run on the one token; patterns over several
    tokens are matched on the whole text, as the ruler does.
    """

    def __init__(self) -> None:
        self._ruler: AttributeRuler | None = None
        self._features = attrgetter("orth")
        self._tables: list[tuple[attrgetter, dict[tuple, list[int]]]] = []
        self._by_matcher: Matcher | None = None
        self._longer: Matcher | None = None
        self._answers: dict[tuple, tuple[int, ...]] = {}

    def take(self, ruler: AttributeRuler) -> None:
        self._ruler = ruler
        features: set[str] = set()
        tables: dict[tuple[str, ...], dict[tuple, list[int]]] = {}
        by_matcher, longer = [], []
        for label, entry in enumerate(_entries(ruler)):
            for pattern in entry["patterns"]:
                if not _is_one_token(pattern):
                    longer.append((label, pattern))
                    continue
                features.update(_TOKEN_FEATURES[key.upper()] for key in pattern[0])
                if not _add_to_table(tables, label, pattern[0]):
                    by_matcher.append((label, pattern))
        self._features = attrgetter(*sorted(features or {"orth"}))
        self._tables = [(_getter(names), table) for names, table in tables.items()]
        self._by_matcher = _matcher(ruler, by_matcher)
        self._longer = _matcher(ruler, longer)

    def __call__(self, doc: Doc) -> Doc:
        assert self._ruler is not None, "take() gives the stand-in its ruler"
        extra = self._longer_matches(doc)
        attrs = self._ruler.attrs
        for token in doc:
            labels = self._labels(token)
            if token.i in extra:
                labels = tuple(sorted(labels + extra[token.i]))
            for label in labels:
                set_token_attrs(token, attrs[label])
        return doc

    def _labels(self, token: Token) -> tuple[int, ...]:
        """The ruler's one-token pattern labels that match this token, in the order applied."""
        key = self._features(token)
        labels = self._answers.get(key)
        if labels is None:
            if len(self._answers) >= _MAX_REMEMBERED:
                self._answers.clear()
            labels = self._answers[key] = self._match_alone(token)
        return labels

    def _match_alone(self, token: Token) -> tuple[int, ...]:
        labels: set[int] = set()
        for values_of, table in self._tables:
            labels.update(table.get(values_of(token), ()))
        if self._by_matcher is not None:
            assert self._ruler is not None
            strings = self._ruler.vocab.strings
            one = token.doc[token.i : token.i + 1]
            labels.update(int(strings[match_id]) for match_id, _, _ in self._by_matcher(one, allow_missing=True, as_spans=False))
        return tuple(sorted(labels))

    def _longer_matches(self, doc: Doc) -> dict[int, tuple[int, ...]]:
        """Token index -> labels of the patterns over several tokens that set its attributes."""
        if self._longer is None:
            return {}
        assert self._ruler is not None
        strings, indices = self._ruler.vocab.strings, self._ruler.indices
        extra: dict[int, tuple[int, ...]] = {}
        for match_id, start, end in self._longer(doc, allow_missing=True, as_spans=False):
            label = int(strings[match_id])
            target = doc[start:end][indices[label]].i
            extra[target] = (*extra.get(target, ()), label)
        return extra


def _add_to_table(tables: dict[tuple[str, ...], dict[tuple, list[int]]], label: int, spec: dict) -> bool:
    """Enter a one-token pattern that only asks for values; False when it asks for more."""
    names, choices = [], []
    for key, wanted in sorted(spec.items(), key=lambda item: item[0].upper()):
        name = _TOKEN_FEATURES[key.upper()]
        values = _wanted_values(name, wanted)
        if values is None:
            return False
        names.append(name)
        choices.append(values)
    table = tables.setdefault(tuple(names), {})
    for combination in product(*choices):
        table.setdefault(combination, []).append(label)
    return True


def _wanted_values(name: str, wanted: Any) -> list | None:
    """The token attribute values a pattern accepts, as the Token gives them; None if not a list."""
    if name not in _STRING_FEATURES and name not in _FLAG_FEATURES:
        return None
    if isinstance(wanted, dict):
        if set(wanted) != {"IN"}:
            return None
        wanted = list(wanted["IN"])
    else:
        wanted = [wanted]
    if name in _FLAG_FEATURES:
        return [bool(value) for value in wanted] if all(isinstance(value, bool) for value in wanted) else None
    if not all(isinstance(value, str) for value in wanted):
        return None
    return [get_string_id(value) for value in wanted]


def _getter(names: tuple[str, ...]):
    """A function giving a token's values of these attributes as one tuple."""
    if len(names) == 1:
        only = attrgetter(names[0])
        return lambda token: (only(token),)
    return attrgetter(*names)


def _matcher(ruler: AttributeRuler, patterns: list[tuple[int, list]]) -> Matcher | None:
    if not patterns:
        return None
    matcher = Matcher(ruler.vocab)
    for label, pattern in patterns:
        matcher.add(str(label), [pattern])
    return matcher


class RememberingLemmatizer:
    """The stock rule or lookup lemmatizer's lemma, computed once per distinct token."""

    def __init__(self) -> None:
        self._lemmatizer: Lemmatizer | None = None
        self._lemmas: dict[tuple, int] = {}

    def take(self, lemmatizer: Lemmatizer) -> None:
        self._lemmatizer = lemmatizer
        _index_as_sets(lemmatizer)

    def __call__(self, doc: Doc) -> Doc:
        assert self._lemmatizer is not None, "take() gives the stand-in its lemmatizer"
        for token in doc:
            if token.lemma == 0:
                token.lemma = self._lemma(token)
        return doc

    def _lemma(self, token: Token) -> int:
        key = (token.orth, token.tag, token.pos, token.morph.key)  # type: ignore[attr-defined]
        lemma = self._lemmas.get(key)
        if lemma is None:
            if len(self._lemmas) >= _MAX_REMEMBERED:
                self._lemmas.clear()
            assert self._lemmatizer is not None
            token.lemma_ = self._lemmatizer.lemmatize(token)[0]
            lemma = self._lemmas[key] = token.lemma
        return lemma


def _index_as_sets(lemmatizer: Lemmatizer) -> None:
    """Hold the rule lemmatizer's word index as sets: it is only asked whether a word is in it.

    spaCy keeps each part of speech's known words (57,000 English nouns) as a list, which a
    lemma of an unseen word searches from end to end; a set answers the same at once.
    """
    if lemmatizer.mode != "rule" or "lemma_index" not in lemmatizer.lookups.tables:
        return
    index = lemmatizer.lookups.get_table("lemma_index")
    for part_of_speech, words in list(index.items()):
        if isinstance(words, list):
            index[part_of_speech] = frozenset(words)


@Language.factory(RULER_FACTORY)
def _make_ruler(nlp: Language, name: str) -> RememberingAttributeRuler:
    return RememberingAttributeRuler()


@Language.factory(LEMMATIZER_FACTORY)
def _make_lemmatizer(nlp: Language, name: str) -> RememberingLemmatizer:
    return RememberingLemmatizer()
