"""The ingestion knowledge from ``resources/`` compiled once into matchers.

Each loader is cached and returns immutable values: the data files never change while a
process runs (see resources/README.md for where each entry came from).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..resources import read_table


@dataclass(frozen=True, slots=True)
class BoilerplateRule:
    kind: str
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def boilerplate_rules() -> tuple[BoilerplateRule, ...]:
    """Whole-line patterns of page furniture ("Source", "Comment (0)", share lines)."""
    return tuple(BoilerplateRule(row["kind"], re.compile(rf"(?:{row['pattern']})", re.IGNORECASE)) for row in read_table("boilerplate.tsv"))


def _alternation(words: list[str]) -> str:
    # longest first, so "Photo credit" wins over "Photo"
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def caption_credit_pattern() -> re.Pattern[str]:
    """A caption line: text, then a credit marker and a short credit at the end of the line."""
    markers = _alternation([row["marker"] for row in read_table("caption_credits.tsv")])
    # no two neighbouring parts can take the same characters (the caption ends on a character
    # that is not a separator, the credit starts on one that is not a space), else a line of
    # spaces or dashes takes cubic time; callers also bound the line's length
    return re.compile(
        rf"^(?P<caption>(?:.*[^\s|–—-])?)[\s|–—-]*[(\[]?\s*(?P<marker>\b(?:{markers}))\s*(?::|\bby\b)\s*"
        rf"(?P<credit>[^()\[\]:\s][^()\[\]:]{{0,79}}?)(?:\s*[)\]])?[\s.]*$",
        re.IGNORECASE,
    )


# Every caption line has the ":" or "by" after its marker: a line with neither is not tried
# (most lines of a text), which saves the caption pattern's walk back along the line.
CAPTION_CREDIT_GATE = re.compile(r":|\bby\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def source_line_pattern() -> re.Pattern[str]:
    """A line crediting the outlets a story came from ("According to Yonhap, TASS")."""
    leads = _alternation([row["lead"] for row in read_table("source_lines.tsv")])
    # the names start on a character that is not a space, so no two parts can take the same
    # spaces (a line of spaces took quintic time); the names are stripped after
    return re.compile(rf"^\(?\s*(?P<lead>(?:{leads}))(?:\s*:\s+|\s+)(?P<names>[^()\s][^()]*)(?:\)[\s.]*)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def ignored_file_globs() -> tuple[str, ...]:
    """File-name globs skipped when a folder is read (README, LICENSE, Markdown notes)."""
    return tuple(row["pattern"].lower() for row in read_table("ingest_ignore.tsv"))


@lru_cache(maxsize=1)
def stopwords() -> dict[str, frozenset[str]]:
    """Frequent function words of each language, for the offline language guess."""
    return {row["language"]: frozenset(row["words"].split()) for row in read_table("stopwords.tsv")}


@lru_cache(maxsize=1)
def script_languages() -> dict[str, str]:
    """Unicode script name → language, for scripts used by one language."""
    return {row["script"]: row["language"] for row in read_table("scripts.tsv")}


@lru_cache(maxsize=1)
def json_field_names() -> dict[str, tuple[str, ...]]:
    """Article field → the JSON keys that may hold it, preferred first."""
    return {row["field"]: tuple(row["names"].split("|")) for row in read_table("json_fields.tsv")}
