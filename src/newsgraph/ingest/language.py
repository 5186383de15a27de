"""An offline language guess: the writing system first, then the share of function words.

No model is downloaded: a text mostly in a script used by one language (Hangul, Arabic ...)
gets that language; a Latin or Cyrillic text gets the language whose frequent function words
(``resources/stopwords.tsv``) cover most of its words.  A text too short, or too mixed, to
tell gets ``None`` (unknown), which is not a reason to reject it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from .patterns import script_languages, stopwords

MIN_WORDS = 12  # fewer words than this: too little to tell
SHORT_WORDS = 60  # below this, English stays possible unless another language clearly wins
MIN_SHARE = 0.12  # the winning list must cover at least this share of the words
SAMPLE_CHARS = 5000  # the beginning of a long text is enough
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language of ``text``, or None when it cannot be told."""
    sample = text[:SAMPLE_CHARS]
    script = _main_script(sample)
    if script in script_languages():
        return script_languages()[script]
    return _by_stopwords(sample)


def _main_script(sample: str) -> str | None:
    counts: Counter[str] = Counter()
    for ch in sample:
        if ch.isalpha():
            counts[unicodedata.name(ch, "UNKNOWN").split(" ")[0]] += 1
    if not counts:
        return None
    script, count = counts.most_common(1)[0]
    return script if count >= sum(counts.values()) / 2 else None


def _by_stopwords(sample: str) -> str | None:
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < MIN_WORDS:
        return None
    scores = {lang: sum(1 for w in words if w in vocab) / len(words) for lang, vocab in stopwords().items()}
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    (best, share), (_, second) = ranked[0], ranked[1]
    if share < MIN_SHARE or share < second * 1.2:
        return None
    if best != "en" and len(words) < SHORT_WORDS and scores.get("en", 0.0) >= share * 0.5:
        return None  # a short English report shares many function words with other languages
    return best
