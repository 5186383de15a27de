"""An offline language guess: the writing system first, then the share of function words.

No model is downloaded: a text mostly in a script used by one language (Hangul, Arabic ...)
gets that language; a Latin or Cyrillic text gets the language whose frequent function words
(``resources/stopwords.tsv``) cover most of its words.  A text too short, or too mixed, to
tell gets ``None`` (unknown), which is not a reason to reject it.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections import Counter
from functools import lru_cache

from .patterns import script_languages, stopwords

MIN_WORDS = 12  # fewer words than this: too little to tell
SHORT_WORDS = 60  # below this, English stays possible unless another language clearly wins
MIN_SHARE = 0.12  # the winning list must cover at least this share of the words
SAMPLE_CHARS = 5000  # the beginning of a long text is enough
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_ASCII_LETTERS = string.ascii_letters.encode("ascii")


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language of ``text``, or None when it cannot be told."""
    sample = text[:SAMPLE_CHARS]
    script = _main_script(sample)
    if script in script_languages():
        return script_languages()[script]
    return _by_stopwords(sample)


def _main_script(sample: str) -> str | None:
    # Scripts counted in the order they first occur (the first of two equal halves wins), the
    # ASCII letters, all LATIN, in one count instead of a name lookup each.
    first: dict[str, int] = {}
    counts: Counter[str] = Counter()
    for found in _NON_ASCII.finditer(sample):
        ch = found.group()
        if ch.isalpha():
            script = unicodedata.name(ch, "UNKNOWN").split(" ")[0]
            first.setdefault(script, found.start())
            counts[script] += 1
    first_ascii = _ASCII_LETTER.search(sample)
    if first_ascii is not None:
        first["LATIN"] = min(first.get("LATIN", len(sample)), first_ascii.start())
        ascii_only = sample.encode("ascii", "ignore")
        counts["LATIN"] += len(ascii_only) - len(ascii_only.translate(None, _ASCII_LETTERS))
    if not counts:
        return None
    ordered = Counter({script: counts[script] for script in sorted(first, key=first.__getitem__)})
    script, count = ordered.most_common(1)[0]
    return script if count >= sum(ordered.values()) / 2 else None


@lru_cache(maxsize=1)
def _languages_of() -> dict[str, tuple[str, ...]]:
    """Function word -> the languages that list it (the lists turned inside out, once)."""
    found: dict[str, list[str]] = {}
    for lang, vocab in stopwords().items():
        for word in vocab:
            found.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in found.items()}


def _by_stopwords(sample: str) -> str | None:
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < MIN_WORDS:
        return None
    hits: Counter[str] = Counter()
    languages = _languages_of()
    for word, n in Counter(words).items():
        for lang in languages.get(word, ()):
            hits[lang] += n
    scores = {lang: hits[lang] / len(words) for lang in stopwords()}
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    (best, share), (_, second) = ranked[0], ranked[1]
    if share < MIN_SHARE or share < second * 1.2:
        return None
    if best != "en" and len(words) < SHORT_WORDS and scores.get("en", 0.0) >= share * 0.5:
        return None  # a short English report shares many function words with other languages
    return best
